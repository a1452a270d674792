# binary_cross_entropy on sigmoid outputs (kept inside (0.02, 0.98)) against
# probabilities and hard 0/1 targets, and binary_cross_entropy_with_logits,
# reductions none / mean / sum.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def bce(x: "f32[7, 1, 29]", y: "f32[7, 1, 29]"):
    p = torch.sigmoid(torch.clamp(x * 2.0, -3.5, 3.5))
    q = torch.sigmoid(y)
    return F.binary_cross_entropy(p, q), F.binary_cross_entropy(p, q, reduction="none"), F.binary_cross_entropy(p, q, reduction="sum")


def bce_hard(x: "f32[3, 61]", y: "f32[3, 61]"):
    p = torch.sigmoid(torch.clamp(x * 2.0, -3.5, 3.5))
    t = (y > 0.0).to(y.dtype)
    return F.binary_cross_entropy(p, t), F.binary_cross_entropy(p, t, reduction="none")


def bce_logits(x: "f32[7, 1, 29]", y: "f32[7, 1, 29]"):
    z = x * 4.0
    q = torch.sigmoid(y)
    return (F.binary_cross_entropy_with_logits(z, q), F.binary_cross_entropy_with_logits(z, q, reduction="none"),
            F.binary_cross_entropy_with_logits(z, torch.where(y > 0.0, torch.ones_like(y), torch.zeros_like(y)), reduction="sum"))

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
