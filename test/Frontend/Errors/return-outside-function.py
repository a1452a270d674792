# return at module level.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}return-outside-function.py:8:1: error: 'return' outside function{{$}}
# CHECK-NEXT: {{^}}return x{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
x = 1
return x
