# The same parameter name twice.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}duplicate-parameter.py:7:13: error: duplicate argument 'x' in function definition{{$}}
# CHECK-NEXT: {{^}}def f(x, y, x):{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
# CHECK-NOT: error
def f(x, y, x):
    pass
