# A hexadecimal prefix without digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-hex-literal.py:7:5: error: invalid hexadecimal literal{{$}}
# CHECK-NEXT: {{^}}x = 0x{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 0x
