import torch

def f(a: "f32[2, 3]", b: "f32[2, 4]"):
    return torch.cat([a, b], dim=0)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: cat-size-mismatch.py:4:18: error: 'py.cat' op input 1 has size 4 at dim 1, expected 3
# CHECK-NEXT: {{^}}    return torch.cat([a, b], dim=0){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
