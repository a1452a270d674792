# A literal as an assignment target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-literal.py:7:1: error: cannot assign to literal{{$}}
# CHECK-NEXT: {{^}}1 = x{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
1 = x
