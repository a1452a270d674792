# F.scaled_dot_product_attention: plain, causal, explicit scale, causal with
# scale, a boolean and an additive float mask, query and key lengths that
# differ; small odd shapes.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def sdpa(q: "f32[2, 3, 7, 16]", k: "f32[2, 3, 7, 16]", v: "f32[2, 3, 7, 16]"):
    return (F.scaled_dot_product_attention(q, k, v),
            F.scaled_dot_product_attention(q, k, v, scale=0.5))


def sdpa_lengths(q: "f32[1, 5, 8]", k: "f32[1, 11, 8]", v: "f32[1, 11, 3]"):
    return F.scaled_dot_product_attention(q, k, v), F.scaled_dot_product_attention(q, k, v, scale=0.125)


def sdpa_masks(q: "f32[2, 6, 16]", k: "f32[2, 9, 16]", v: "f32[2, 9, 16]", m: "f32[6, 9]"):
    return (F.scaled_dot_product_attention(q, k, v, attn_mask=m > -1.0),
            F.scaled_dot_product_attention(q, k, v, attn_mask=m))

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
