# An exponent without digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-exponent.py:7:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1.5e{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 1.5e
