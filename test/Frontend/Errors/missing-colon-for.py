# A for header without its colon.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-colon-for.py:8:22: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}    for i in range(x){{$}}
# CHECK-NEXT: {{^}}                     ^{{$}}
# CHECK-NOT: error
def f(x):
    for i in range(x)
        pass
