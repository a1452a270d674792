# A positional argument after a keyword argument.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}positional-after-keyword.py:7:15: error: positional argument follows keyword argument{{$}}
# CHECK-NEXT: {{^}}y = f(a, k=1, b){{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: error
y = f(a, k=1, b)
