# A / separator (positional-only parameters).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}positional-only-parameters.py:7:10: error: positional-only parameters are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}def f(x, /, y):{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: error
def f(x, /, y):
    pass
