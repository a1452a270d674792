# A \x escape needs two hex digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}truncated-hex-escape.py:7:8: error: truncated \xXX escape{{$}}
# CHECK-NEXT: {{^}}s = "ab\x4"{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
s = "ab\x4"
