# raise statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}raise-statement.py:9:9: error: raise statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}        raise ValueError("expected 2D"){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f(x):
    if x.dim() != 2:
        raise ValueError("expected 2D")
