# A keyword argument whose name is an expression.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}keyword-not-a-name.py:7:7: error: expression cannot contain assignment, perhaps you meant "=="?{{$}}
# CHECK-NEXT: {{^}}y = f(a.b=1){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
y = f(a.b=1)
