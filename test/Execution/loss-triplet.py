# triplet_margin_loss: default margin / p = 2, margin and p = 1 / 3, swap,
# reductions none / mean / sum; [N, D] and [D] embeddings.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def triplet(a: "f32[13, 31]", p: "f32[13, 31]", n: "f32[13, 31]"):
    pos = a + 0.3 * p
    return (F.triplet_margin_loss(a, pos, n), F.triplet_margin_loss(a, pos, n, reduction="none"),
            F.triplet_margin_loss(a, pos, n, margin=8.0, reduction="sum"),
            F.triplet_margin_loss(a, pos, n, p=1.0, margin=2.0, reduction="none"),
            F.triplet_margin_loss(a, pos, n, p=3, swap=True, reduction="none"))


def triplet_vector(a: "f32[1, 64]", p: "f32[1, 64]", n: "f32[1, 64]"):
    return F.triplet_margin_loss(a, p, n, margin=10.0), F.triplet_margin_loss(a, p, n, swap=True, margin=10.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
