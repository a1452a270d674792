# Backticks (Python 2 repr) are invalid.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-character-backtick.py:7:5: error: invalid character '`'{{$}}
# CHECK-NEXT: {{^}}y = `x`{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
y = `x`
