# break statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}break-statement.py:9:9: error: break statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}        break{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
for i in range(10):
    if i > 5:
        break
