# Parenthesised generator expressions.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}generator-expression.py:7:5: error: generator expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = (x for x in xs){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
y = (x for x in xs)
