# A non-hex letter directly after hex digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-hex-digit.py:7:5: error: invalid hexadecimal literal{{$}}
# CHECK-NEXT: {{^}}x = 0x1fg{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 0x1fg
