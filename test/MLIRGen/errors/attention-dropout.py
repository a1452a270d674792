import torch
import torch.nn.functional as F

def f(q: "f32[2, 4, 8]", k: "f32[2, 4, 8]", v: "f32[2, 4, 8]"):
    return F.scaled_dot_product_attention(q, k, v, dropout_p=0.1)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: attention-dropout.py:5:14: error: attention dropout is random; dropout_p must be 0.0
# CHECK-NEXT: {{^}}    return F.scaled_dot_product_attention(q, k, v, dropout_p=0.1){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
