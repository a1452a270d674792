# A comparison as an assignment target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-comparison.py:7:1: error: cannot assign to comparison{{$}}
# CHECK-NEXT: {{^}}a < b = c{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
a < b = c
