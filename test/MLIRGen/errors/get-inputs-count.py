import torch

def f(x):
    return x * 2

def get_inputs():
    return [torch.randn(4), torch.randn(4)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: get-inputs-count.py:3:1: error: get_inputs() returns 2 inputs but 'f' takes 1
# CHECK-NEXT: {{^}}def f(x):{{$}}
# CHECK-NEXT: {{^}}^{{$}}
