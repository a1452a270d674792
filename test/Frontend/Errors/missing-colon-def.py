# A function header without its colon.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-colon-def.py:7:9: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}def f(x){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f(x)
    return x
