# nll_loss on log_softmax outputs with class-index targets (torch.randint),
# reductions mean / sum / none, and nn.NLLLoss after nn.LogSoftmax.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lsm = nn.LogSoftmax(dim=1)
        self.nll = nn.NLLLoss(reduction="sum")

    def forward(self, x, t):
        logp = F.log_softmax(x, dim=1)
        return (F.nll_loss(logp, t), F.nll_loss(logp, t, reduction="sum"),
                F.nll_loss(logp, t, reduction="none"), self.nll(self.lsm(x), t))


def get_inputs():
    return [torch.randn(41, 13), torch.randint(0, 13, (41,))]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
