# A lone exclamation mark (only != exists).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-character-bang.py:7:5: error: invalid character '!'{{$}}
# CHECK-NEXT: {{^}}y = !x{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
y = !x
