import torch
import torch.nn.functional as F

def f(x: "f32[4, 4]", y: "f32[4, 4]"):
    return F.mse_loss(x, y, reduction="avg")

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: loss-bad-reduction.py:5:14: error: 'py.mse_loss' op expects reduction to be one of 'none', 'mean', 'sum', got 'avg'
# CHECK-NEXT: {{^}}    return F.mse_loss(x, y, reduction="avg"){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
