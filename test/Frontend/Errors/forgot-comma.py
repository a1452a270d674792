# Two call arguments without a comma between them.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}forgot-comma.py:7:9: error: invalid syntax. Perhaps you forgot a comma?{{$}}
# CHECK-NEXT: {{^}}y = f(a b){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
y = f(a b)
