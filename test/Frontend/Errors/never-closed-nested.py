# The innermost unclosed bracket is reported.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}never-closed-nested.py:7:10: error: '[' was never closed{{$}}
# CHECK-NEXT: {{^}}y = f(a, [b,{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: error
y = f(a, [b,
      c
