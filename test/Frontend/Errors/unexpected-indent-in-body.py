# A deeper indent in the middle of a function body.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unexpected-indent-in-body.py:9:9: error: unexpected indent{{$}}
# CHECK-NEXT: {{^}}        return y{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f(x):
    y = x
        return y
