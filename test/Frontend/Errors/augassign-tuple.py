# Augmented assignment to a tuple.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}augassign-tuple.py:7:1: error: 'tuple' is an illegal expression for augmented assignment{{$}}
# CHECK-NEXT: {{^}}a, b += 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
a, b += 1
