# continue statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}continue-statement.py:8:5: error: continue statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    continue{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
for i in range(10):
    continue
