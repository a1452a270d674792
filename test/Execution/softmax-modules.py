# nn.Softmax / nn.LogSoftmax modules in a Model, over dim 1 of a 4-D input
# (channel softmax) and the last dim.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.sm = nn.Softmax(dim=1)
        self.lsm = nn.LogSoftmax(dim=-1)

    def forward(self, x):
        return self.sm(x), self.lsm(x)


def get_inputs():
    return [torch.randn(2, 13, 1, 7)]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
