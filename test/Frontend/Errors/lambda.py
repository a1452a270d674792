# Lambda expressions.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}lambda.py:8:9: error: lambda expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    g = lambda y: y + 1{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f(x):
    g = lambda y: y + 1
    return g(x)
