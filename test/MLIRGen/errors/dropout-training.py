import torch
import torch.nn.functional as F

def f(x: "f32[8]"):
    return F.dropout(x, p=0.5)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: dropout-training.py:5:14: error: dropout with p > 0 in training mode is random and cannot be verified; use p=0.0 or training=False
# CHECK-NEXT: {{^}}    return F.dropout(x, p=0.5){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
