import torch

def f(x: "f32[8, 4]"):
    return x[0, 1, 2]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: too-many-indices.py:4:14: error: too many indices for a tensor of rank 2
# CHECK-NEXT: {{^}}    return x[0, 1, 2]{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
