import torch

def f(x: "f32[4, 4]"):
    return torch.norm(x, p="nuc")

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: norm-nuclear.py:4:18: error: norm p='nuc' is not supported (use 'fro' or a number)
# CHECK-NEXT: {{^}}    return torch.norm(x, p="nuc"){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
