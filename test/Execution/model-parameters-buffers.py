# A Model with nn.Parameter tensors (randn, ones, zeros), a registered
# buffer, constructor scalars and a submodule: state_dict names must match.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(c, 1, 1))

    def forward(self, x):
        return x * self.weight


class Model(nn.Module):
    def __init__(self, c, alpha):
        super().__init__()
        self.alpha = alpha
        self.bias = nn.Parameter(torch.randn(c, 1, 1))
        self.gamma = nn.Parameter(torch.ones(1))
        self.beta = nn.Parameter(torch.zeros(c, 1, 1))
        self.register_buffer("shift", torch.randn(1, c, 1, 1))
        self.scale = Scale(c)

    def forward(self, x):
        y = self.scale(x) + self.bias
        y = torch.sigmoid(y * self.alpha) * self.gamma + self.beta
        return y - self.shift, (x + self.shift).amax(dim=1)


def get_inputs():
    return [torch.randn(2, 5, 3, 7)]


def get_init_inputs():
    return [5, 0.75]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
