# Starred assignment targets.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}star-target.py:7:8: error: starred expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}first, *rest = x.shape{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
first, *rest = x.shape
