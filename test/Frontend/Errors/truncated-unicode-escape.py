# A \u escape needs four hex digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}truncated-unicode-escape.py:7:6: error: truncated \uXXXX escape{{$}}
# CHECK-NEXT: {{^}}s = "\u12G4"{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: error
s = "\u12G4"
