# Decimal integers cannot have leading zeros.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}leading-zero.py:7:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers{{$}}
# CHECK-NEXT: {{^}}x = 0123{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 0123
