# An assignment without a value.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}expected-expression.py:8:8: error: expected expression{{$}}
# CHECK-NEXT: {{^}}    y ={{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
def f(x):
    y =
    return y
