# 'not' that is not followed by 'in' inside a comparison.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-syntax-not.py:7:11: error: invalid syntax{{$}}
# CHECK-NEXT: {{^}}y = a not b{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
y = a not b
