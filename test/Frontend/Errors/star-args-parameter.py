# *args parameters.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}star-args-parameter.py:7:10: error: '*args' parameters are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}def f(x, *args):{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: error
def f(x, *args):
    pass
