import torch

def f(x: "f32[4]"):
    return torch.clamp(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: clamp-no-bounds.py:4:18: error: torch.clamp() needs at least one of 'min' and 'max'
# CHECK-NEXT: {{^}}    return torch.clamp(x){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
