# A closing bracket with no opener.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unmatched-closing-square.py:8:6: error: unmatched ']'{{$}}
# CHECK-NEXT: {{^}}y = 2]{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: error
x = 1
y = 2]
