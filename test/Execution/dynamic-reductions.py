# Composite ops over a dynamic dim (N takes 37, 1 and 131): mean / var /
# std whose count is only known at run time (N = 1 gives torch's NaN / inf
# for the corrected forms), softmax, log_softmax, logsumexp, layer_norm
# and a loss mean over a dynamic batch.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def row_stats(x: "f32[N, 13]"):
    return x.mean(dim=0), x.sum(dim=0), x.amax(dim=0), torch.logsumexp(x, dim=0)


def dynamic_var(x: "f32[N, 13]"):
    return x.var(dim=0), x.std(dim=0, unbiased=False), x.var(dim=0, correction=2, keepdim=True)


def dynamic_var_inner(x: "f32[5, N]"):
    return torch.var(x, dim=-1), torch.std(x, dim=1, correction=0)


def dynamic_softmax(x: "f32[5, N]"):
    return F.softmax(x, dim=-1), F.log_softmax(x, dim=1), x.mean(dim=1, keepdim=True)


def dynamic_layer_norm(x: "f32[N, 21]", w: "f32[21]", b: "f32[21]"):
    return F.layer_norm(x, (21,), w, b), F.mse_loss(x, x * 0.5 + w), F.smooth_l1_loss(x, b + 0.0 * x, reduction="sum")

# CHECK-NOT: FAIL
# CHECK: {{^}}45 passed, 0 failed
