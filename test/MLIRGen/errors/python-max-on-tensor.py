import torch

def f(x: "f32[4]", y: "f32[4]"):
    return max(x, y)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: python-max-on-tensor.py:4:12: error: Python's max() on tensors is data-dependent; use torch.maximum
# CHECK-NEXT: {{^}}    return max(x, y){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
