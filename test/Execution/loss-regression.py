# mse_loss, l1_loss, smooth_l1_loss (beta 1, 0.5, 0) and huber_loss (delta
# 1, 2.5) with reduction none / mean / sum; targets scaled so that both the
# quadratic and the linear pieces occur.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def mse(x: "f32[7, 1, 23]", y: "f32[7, 1, 23]"):
    return F.mse_loss(x, y), F.mse_loss(x, y, reduction="none"), F.mse_loss(x, y, reduction="sum")


def l1(x: "f32[7, 1, 23]", y: "f32[7, 1, 23]"):
    return F.l1_loss(x, y), F.l1_loss(x, y, reduction="none"), F.l1_loss(x, y, reduction="sum")


def smooth_l1(x: "f32[5, 41]", y: "f32[5, 41]"):
    t = y * 2.0
    return (F.smooth_l1_loss(x, t), F.smooth_l1_loss(x, t, reduction="none", beta=0.5),
            F.smooth_l1_loss(x, t, reduction="sum", beta=0.0), F.smooth_l1_loss(x, t, beta=2.0))


def huber(x: "f32[5, 41]", y: "f32[5, 41]"):
    t = y * 2.0
    return (F.huber_loss(x, t), F.huber_loss(x, t, reduction="none", delta=2.5),
            F.huber_loss(x, t, reduction="sum", delta=0.5))

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
