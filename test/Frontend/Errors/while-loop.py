# While loops.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}while-loop.py:8:5: error: while loops are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    while n > 0:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f(n):
    while n > 0:
        n -= 1
