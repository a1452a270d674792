# A parameter list that continues with something other than a comma.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-closing-paren.py:7:11: error: expected ')'{{$}}
# CHECK-NEXT: {{^}}def f(a=1 = 2):{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
def f(a=1 = 2):
    pass
