# A digit that binary literals do not allow.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-binary-digit.py:7:9: error: invalid digit '2' in binary literal{{$}}
# CHECK-NEXT: {{^}}x = 0b102{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
x = 0b102
