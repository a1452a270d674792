import torch

def f(c: "f32[4]", x: "f32[4]", y: "f32[4]"):
    return torch.where(c, x, y)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: where-float-condition.py:4:18: error: 'py.where' op expects a bool (i1) condition, got 'tensor<4xf32>'
# CHECK-NEXT: {{^}}    return torch.where(c, x, y){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
