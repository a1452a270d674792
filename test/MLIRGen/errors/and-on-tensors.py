import torch

def f(x: "f32[8]", y: "f32[8]"):
    return (x > 0) and (y > 0)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: and-on-tensors.py:4:20: error: 'and' on tensors is not supported: use torch.logical_and or '&' / '|'
# CHECK-NEXT: {{^}}    return (x > 0) and (y > 0){{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}
