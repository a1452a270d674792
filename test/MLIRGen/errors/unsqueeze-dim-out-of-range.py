import torch

def f(x: "f32[4, 5]"):
    return x.unsqueeze(3)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unsqueeze-dim-out-of-range.py:4:14: error: 'py.unsqueeze' op dim 3 is out of range for rank 2 (a new dim goes in [-3, 2])
# CHECK-NEXT: {{^}}    return x.unsqueeze(3){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
