# An annotation on a tuple target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}annotate-tuple.py:7:1: error: only single target (not tuple) can be annotated{{$}}
# CHECK-NEXT: {{^}}a, b: int = 1, 2{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
a, b: int = 1, 2
