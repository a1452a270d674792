# A function call as an assignment target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-call.py:8:5: error: cannot assign to function call{{$}}
# CHECK-NEXT: {{^}}    g(x) = 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f(x):
    g(x) = 1
