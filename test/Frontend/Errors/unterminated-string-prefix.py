# The diagnostic points at the prefix of an unterminated raw string.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unterminated-string-prefix.py:8:11: error: unterminated string literal{{$}}
# CHECK-NEXT: {{^}}pattern = r'\d+{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
x = 1
pattern = r'\d+
