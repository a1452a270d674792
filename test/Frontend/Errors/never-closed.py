# An opening parenthesis still open at the end of the file (reported at the opener).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}never-closed.py:8:8: error: '(' was never closed{{$}}
# CHECK-NEXT: {{^}}y = max(x,{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
x = 1
y = max(x,
        2
