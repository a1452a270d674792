# An underscore at the end of a number.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-trailing-underscore.py:7:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1000_{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 1000_
