# Loss modules in a Model: nn.MSELoss, nn.L1Loss, nn.SmoothL1Loss,
# nn.HuberLoss with every reduction, on a 1-element batch.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.mse = nn.MSELoss()
        self.l1 = nn.L1Loss(reduction="sum")
        self.sl1 = nn.SmoothL1Loss(reduction="none", beta=0.25)
        self.huber = nn.HuberLoss(delta=0.75)

    def forward(self, x, y):
        return self.mse(x, y), self.l1(x, y), self.sl1(x, y), self.huber(x, y * 2.0)


def get_inputs():
    return [torch.randn(1, 67), torch.randn(1, 67)]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
