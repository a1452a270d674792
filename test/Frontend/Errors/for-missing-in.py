# A for loop without 'in'.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}for-missing-in.py:7:7: error: expected 'in'{{$}}
# CHECK-NEXT: {{^}}for i range(10):{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
for i range(10):
    pass
