# A question mark (no ternary operator in Python).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-character-question.py:7:7: error: invalid character '?'{{$}}
# CHECK-NEXT: {{^}}y = a ? b : c{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
y = a ? b : c
