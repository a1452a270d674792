import torch

def f(x: "f32[8]"):
    return torch.lgamma(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unsupported-torch-function.py:4:18: error: 'torch.lgamma' is not supported by py2triton
# CHECK-NEXT: {{^}}    return torch.lgamma(x){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
