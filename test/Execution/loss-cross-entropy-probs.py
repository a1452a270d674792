# cross_entropy with class-probability targets (softmax of random logits):
# [N, C] and [N, C, d] logits, every reduction, with and without label
# smoothing, and nn.CrossEntropyLoss.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.ce = nn.CrossEntropyLoss(reduction="sum", label_smoothing=0.25)

    def forward(self, x, logits, x3, logits3):
        p = F.softmax(logits, dim=1)
        p3 = F.softmax(logits3, dim=1)
        return (F.cross_entropy(x, p), F.cross_entropy(x, p, reduction="none"),
                F.cross_entropy(x, p, reduction="sum", label_smoothing=0.2), self.ce(x, p),
                F.cross_entropy(x3, p3), F.cross_entropy(x3, p3, reduction="none", label_smoothing=0.1))


def get_inputs():
    return [torch.randn(17, 7), torch.randn(17, 7), torch.randn(3, 5, 11), torch.randn(3, 5, 11)]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
