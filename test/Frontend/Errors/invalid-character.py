# A character that is not part of Python.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-character.py:8:7: error: invalid character '$'{{$}}
# CHECK-NEXT: {{^}}y = x $ 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
x = 1
y = x $ 2
