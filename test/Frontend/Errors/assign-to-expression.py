# A binary operation as an assignment target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-expression.py:7:4: error: cannot assign to expression{{$}}
# CHECK-NEXT: {{^}}a, b + 1 = t{{$}}
# CHECK-NEXT: {{^}}   ^{{$}}
# CHECK-NOT: error
a, b + 1 = t
