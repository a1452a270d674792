# A subscript without an index.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}empty-subscript.py:7:7: error: expected expression{{$}}
# CHECK-NEXT: {{^}}y = x[]{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
y = x[]
