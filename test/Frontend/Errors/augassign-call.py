# Augmented assignment to a call.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}augassign-call.py:7:1: error: 'function call' is an illegal expression for augmented assignment{{$}}
# CHECK-NEXT: {{^}}f() *= 2{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
f() *= 2
