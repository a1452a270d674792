# KernelBench level-2 style: Linear -> LayerNorm -> ReLU on a 3-D input
# (the linear maps the last dim), and a bias-free Linear.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.fc = nn.Linear(d_in, d_out)
        self.norm = nn.LayerNorm(d_out)
        self.proj = nn.Linear(d_out, 7, bias=False)
        nn.init.normal_(self.norm.weight)
        nn.init.normal_(self.norm.bias)

    def forward(self, x):
        h = torch.relu(self.norm(self.fc(x)))
        return h, self.proj(h)


def get_inputs():
    return [torch.randn(3, 11, 29)]


def get_init_inputs():
    return [29, 41]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
