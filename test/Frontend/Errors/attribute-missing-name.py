# A '.' without an attribute name.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}attribute-missing-name.py:7:11: error: expected attribute name after '.'{{$}}
# CHECK-NEXT: {{^}}y = torch.(x){{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
y = torch.(x)
