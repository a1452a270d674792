# Two expressions in a row.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-syntax-extra-token.py:7:7: error: invalid syntax{{$}}
# CHECK-NEXT: {{^}}x = 1 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
x = 1 2
