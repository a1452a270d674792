import torch
import torch.nn.functional as F

def f(q: "f32[2, 4, 8]", k: "f32[2, 4, 8]", v: "f32[2, 4, 8]", m: "bool[4, 4]"):
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m, is_causal=True)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: attention-mask-and-causal.py:5:14: error: 'py.scaled_dot_product_attention' op expects either attn_mask or is_causal, not both
# CHECK-NEXT: {{^}}    return F.scaled_dot_product_attention(q, k, v, attn_mask=m, is_causal=True){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
