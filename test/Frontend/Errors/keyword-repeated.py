# The same keyword argument twice.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}keyword-repeated.py:7:25: error: keyword argument repeated: dim{{$}}
# CHECK-NEXT: {{^}}y = torch.sum(x, dim=0, dim=1){{$}}
# CHECK-NEXT: {{^}}                        ^{{$}}
# CHECK-NOT: error
y = torch.sum(x, dim=0, dim=1)
