# F.normalize (p = 2 default, 1, inf; dim 1 default, -1, 0) and
# F.cosine_similarity (dim 1 default, -1; broadcasting operands; custom
# eps, reduced dims that are broadcast).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def normalize(x: "f32[5, 19, 1]"):
    return (F.normalize(x), F.normalize(x, p=1.0, dim=0), F.normalize(x, p=float("inf"), dim=1),
            F.normalize(x, dim=-1), F.normalize(x, 2.0, 1, 1e-6))


def cosine(a: "f32[7, 33]", b: "f32[7, 33]"):
    return (F.cosine_similarity(a, b), F.cosine_similarity(a, b, dim=0),
            F.cosine_similarity(a, a + 0.5 * b, dim=-1, eps=1e-6))


def cosine_broadcast(a: "f32[4, 1, 16]", b: "f32[3, 16]"):
    return F.cosine_similarity(a, b, dim=-1), torch.cosine_similarity(b, a, dim=2)


def cosine_expanded_dim(a: "f32[4, 1]", b: "f32[4, 9]", c: "f32[9]"):
    # The reduced dim of `a` (and all of `c`'s leading dims) are broadcast.
    return F.cosine_similarity(a, b, dim=1), F.cosine_similarity(c, b, dim=0)

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
