# Letters directly after a number.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-number-suffix.py:7:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 12abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 12abc
