import torch
import torch.nn.functional as F

def f(x: "f32[8]"):
    return F.gelu(x, approximate="fast")

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: gelu-bad-approximate.py:5:14: error: 'py.gelu' op expects approximate to be 'none' or 'tanh', got 'fast'
# CHECK-NEXT: {{^}}    return F.gelu(x, approximate="fast"){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
