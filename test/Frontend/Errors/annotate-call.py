# An annotation on a call.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}annotate-call.py:7:1: error: illegal target for annotation{{$}}
# CHECK-NEXT: {{^}}f(): int = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
f(): int = 1
