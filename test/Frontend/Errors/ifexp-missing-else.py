# A conditional expression without 'else'.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}ifexp-missing-else.py:7:11: error: expected 'else' after 'if' expression{{$}}
# CHECK-NEXT: {{^}}y = a if b{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
y = a if b
