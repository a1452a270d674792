# Rows longer than a block: persistent up to 32768 elements, looped beyond
# (one loop per row reduction, then the output loop), split reductions for a
# long row into one output.
# RUN: py2triton %s -o %t.py && %check %s %t.py --trials 1 | FileCheck %s
import torch
import torch.nn.functional as F


def softmax_persistent(x: "f32[2, 20011]"):
    return torch.softmax(x, dim=1)


def softmax_looped(x: "f32[2, 40009]"):
    return torch.softmax(x, dim=-1)


def layernorm_looped(x: "f32[2, 33001]", w: "f32[33001]"):
    return F.layer_norm(x, (33001,), w)


def var_and_sum(x: "f32[3, 36011]"):
    return x.var(dim=1), x.sum(dim=1) * 2.0


def full_mse(a: "f32[3, 70001]", b: "f32[3, 70001]"):
    return F.mse_loss(a, b)

# CHECK-NOT: FAIL
# CHECK: {{^}}15 passed, 0 failed
