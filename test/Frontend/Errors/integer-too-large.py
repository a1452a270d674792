# Integer literals must fit in 64 bits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}integer-too-large.py:7:5: error: integer literal too large{{$}}
# CHECK-NEXT: {{^}}x = 9223372036854775808{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 9223372036854775808
