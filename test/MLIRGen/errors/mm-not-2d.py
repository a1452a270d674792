import torch

def f(a: "f32[2, 3, 4]", b: "f32[4, 5]"):
    return torch.mm(a, b)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: mm-not-2d.py:4:18: error: torch.mm() needs two 2-D tensors
# CHECK-NEXT: {{^}}    return torch.mm(a, b){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
