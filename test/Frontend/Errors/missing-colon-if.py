# An if statement without its colon.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-colon-if.py:8:13: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}    if x > 0{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
# CHECK-NOT: error
def f(x):
    if x > 0
        return x
