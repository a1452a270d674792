import torch

def f(x: "f32[8, 4]"):
    return torch.sum(x, axis=1)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unexpected-keyword.py:4:18: error: torch.sum() got an unexpected keyword argument 'axis'
# CHECK-NEXT: {{^}}    return torch.sum(x, axis=1){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
