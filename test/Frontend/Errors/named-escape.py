# Named Unicode escapes are rejected.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}named-escape.py:7:7: error: \N{...} escapes are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}s = "a\N{BULLET}"{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
s = "a\N{BULLET}"
