import torch

def f(x):
    return x + 1

def get_inputs():
    return torch.randn(4)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: get-inputs-not-list.py:6:1: error: get_inputs() must return a list or tuple, not a tensor
# CHECK-NEXT: {{^}}def get_inputs():{{$}}
# CHECK-NEXT: {{^}}^{{$}}
