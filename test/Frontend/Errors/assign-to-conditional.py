# A conditional expression as an assignment target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-conditional.py:7:1: error: cannot assign to conditional expression{{$}}
# CHECK-NEXT: {{^}}a if b else c = d{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
a if b else c = d
