import torch
import torch.nn.functional as F

def f(x: "f32[4]"):
    return F.hardtanh(x, min_val=2.0, max_val=1.0)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: hardtanh-min-above-max.py:5:14: error: 'py.hardtanh' op expects min_val <= max_val, got 2.000000e+00 > 1.000000e+00
# CHECK-NEXT: {{^}}    return F.hardtanh(x, min_val=2.0, max_val=1.0){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
