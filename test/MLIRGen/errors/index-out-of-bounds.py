import torch

def f(x: "f32[8, 4]"):
    return x[:, 4]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: index-out-of-bounds.py:4:14: error: index 4 is out of bounds for dim 1 of size 4
# CHECK-NEXT: {{^}}    return x[:, 4]{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
