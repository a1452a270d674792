# GELU exact (erf) and tanh approximation, through F.gelu and nn.GELU
# inside a Model (nn.Sequential).
# RUN: py2triton %s -o %t.py && %verify %s %t.py --trials 3 | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.act = nn.Sequential(nn.GELU(), nn.GELU(approximate="tanh"))

    def forward(self, x):
        return self.act(x), F.gelu(x * 3.0), F.gelu(x * 3.0, approximate="tanh")


def get_inputs():
    return [torch.randn(3, 1, 7, 101)]


def get_init_inputs():
    return []

# CHECK: {{^}}function compiled correct eager ms
# CHECK-NEXT: {{^}}Model yes 9/9
# CHECK-NOT: REJECTED
# CHECK: {{^}}PASS
