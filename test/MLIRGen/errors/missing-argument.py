import torch

def f(x: "f32[8, 4]"):
    return torch.transpose(x, 0)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: missing-argument.py:4:18: error: torch.transpose() missing required argument 'dim1'
# CHECK-NEXT: {{^}}    return torch.transpose(x, 0){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
