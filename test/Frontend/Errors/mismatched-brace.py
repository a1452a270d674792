# A closing brace that closes a parenthesis.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}mismatched-brace.py:7:10: error: closing '}' does not match opening '('{{$}}
# CHECK-NEXT: {{^}}x = (1, 2}{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
# CHECK-NOT: error
x = (1, 2}
