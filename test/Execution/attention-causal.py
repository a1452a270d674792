# Causal scaled_dot_product_attention (square and with an explicit scale).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def causal(q: "f32[2, 3, 7, 16]", k: "f32[2, 3, 7, 16]", v: "f32[2, 3, 7, 16]"):
    return (F.scaled_dot_product_attention(q, k, v, is_causal=True),
            F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.3))

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
