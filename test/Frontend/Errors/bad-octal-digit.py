# A digit that octal literals do not allow.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-octal-digit.py:7:8: error: invalid digit '9' in octal literal{{$}}
# CHECK-NEXT: {{^}}x = 0o79{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
x = 0o79
