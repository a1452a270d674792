import torch
import torch.nn.functional as F

def f(x: "f32[8, 4]"):
    return F.softmax(x, dim=2)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: softmax-dim-out-of-range.py:5:14: error: 'py.softmax' op dim 2 is out of range for rank 2
# CHECK-NEXT: {{^}}    return F.softmax(x, dim=2){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
