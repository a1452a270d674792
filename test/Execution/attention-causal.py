# Causal scaled_dot_product_attention (torch's top-left aligned mask: key j
# is visible to query i iff j <= i): square, explicit scale, more queries
# than keys and fewer, head dim 40 and 1, several query and key blocks (key
# blocks past the diagonal are skipped), and dynamic lengths (the checker
# tries 37, 1 and 131: L < S, L > S and size 1), which the decomposition
# cannot express.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def causal(q: "f32[2, 3, 7, 16]", k: "f32[2, 3, 7, 16]", v: "f32[2, 3, 7, 16]"):
    return (F.scaled_dot_product_attention(q, k, v, is_causal=True),
            F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.3))


def causal_fewer_queries(q: "f32[2, 5, 40]", k: "f32[2, 11, 40]", v: "f32[2, 11, 40]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


def causal_more_queries(q: "f32[2, 13, 1]", k: "f32[2, 3, 1]", v: "f32[2, 3, 5]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


def causal_blocks(q: "f32[1, 131, 16]", k: "f32[1, 131, 16]", v: "f32[1, 131, 16]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


def causal_dynamic(q: "f32[2, L, 8]", k: "f32[2, S, 8]", v: "f32[2, S, 8]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)

# CHECK-NOT: FAIL
# CHECK: {{^}}45 passed, 0 failed
