import torch

def f(x: "f32[8]", y: "f32[8]"):
    return torch.exp(x, y)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: too-many-args.py:4:18: error: torch.exp() takes at most 1 positional arguments but 2 were given
# CHECK-NEXT: {{^}}    return torch.exp(x, y){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
