# A parameter without a default after one with a default.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}default-ordering.py:7:15: error: parameter without a default follows parameter with a default{{$}}
# CHECK-NEXT: {{^}}def f(a, b=1, c):{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: error
def f(a, b=1, c):
    pass
