# cross_entropy on [N, C, d] logits with [N, d] class-index targets, and
# with class-probability targets (softmax of random logits), every
# reduction, with label smoothing.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x, t, logits):
        p = F.softmax(logits, dim=1)
        return (F.cross_entropy(x, t), F.cross_entropy(x, t, reduction="none"),
                F.cross_entropy(x, t, reduction="sum", label_smoothing=0.2),
                F.cross_entropy(x, p), F.cross_entropy(x, p, reduction="none"),
                F.cross_entropy(x, p, reduction="sum", label_smoothing=0.2))


def get_inputs():
    return [torch.randn(3, 7, 13), torch.randint(0, 7, (3, 13)), torch.randn(3, 7, 13)]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
