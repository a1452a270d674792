# A bare * separator (keyword-only parameters).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}keyword-only-parameters.py:7:10: error: keyword-only parameters are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}def f(x, *, eps=1e-5):{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: error
def f(x, *, eps=1e-5):
    pass
