import torch
import torch.nn.functional as F

def f(x: "f32[8, 4]"):
    return F.softmax(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: softmax-no-dim.py:5:14: error: F.softmax() needs an explicit 'dim' (the implicit choice is deprecated in torch)
# CHECK-NEXT: {{^}}    return F.softmax(x){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
