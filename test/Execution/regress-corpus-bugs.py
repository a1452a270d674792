# Regressions found by the corpus generator (py2triton-corpus): a transposed
# view of a reduction's result (the view's operand failed to evaluate and an
# empty expression was printed: syntax errors, `+tensor`, silently wrong
# values), and a planning failure with no value to materialise (exit 1 with
# no diagnostic; now planned again without fusing reductions).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def colsum_t_div(x: "f32[12, 25]"):
    t = x.sum(0, keepdim=True).transpose(0, 1)
    return t / torch.sigmoid(t)


def sum_t(z: "f32[19, 15, 7]"):
    return z.sum(-1).transpose(0, 1)


def softmax_t_sub(x: "f32[12, 17, 19]", m: "f32[17, 12, 19]"):
    return torch.softmax(x, dim=-1).transpose(0, 1) - m


def group_norm_of_sum(x: "f32[3, 3, 3, 7]"):
    t = x.sum(0, keepdim=True)
    return F.group_norm(t, 3)

# CHECK-NOT: FAIL
# CHECK: {{^}}54 passed, 0 failed


# log1p(exp(x)) for large x (mish, softplus): log1p(inf) was inf / inf = NaN.
def mish_large(x: "f32[40]"):
    return torch.sigmoid(F.mish(x * 60.0)), torch.log1p(torch.exp(x * 100.0))


# Cross-entropy with label smoothing and ignore_index over a looped row: the
# target gather read the target before the load that defined it.
def ce_smooth_none(x: "f32[5, 11, 3, 9]", t: "i64[5, 3, 9]"):
    return F.cross_entropy(x, t.clamp(0, 10), reduction="none", label_smoothing=0.1)
