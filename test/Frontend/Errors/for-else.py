# An else clause on a for loop.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}for-else.py:9:1: error: for-else clauses are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}else:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
for i in range(3):
    pass
else:
    pass
