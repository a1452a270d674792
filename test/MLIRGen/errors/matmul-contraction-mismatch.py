import torch

def f(a: "f32[8, 16]", b: "f32[12, 4]"):
    return a @ b

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: matmul-contraction-mismatch.py:4:14: error: 'py.matmul' op contraction dims do not match: lhs has 16, rhs has 12
# CHECK-NEXT: {{^}}    return a @ b{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
