# An else without its colon.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-colon-else.py:9:6: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}else pass{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: error
if x:
    pass
else pass
