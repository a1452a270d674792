# A call as a for-loop target.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}for-target-call.py:7:5: error: cannot assign to function call{{$}}
# CHECK-NEXT: {{^}}for f(i) in x:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
for f(i) in x:
    pass
