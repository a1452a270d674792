# KernelBench level-2 style: nn.Linear followed by GELU (exact) and a
# scaled tanh-GELU branch; odd feature sizes and a batch of 1.
# RUN: py2triton %s -o %t.py && %verify %s %t.py --trials 3 | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.linear = nn.Linear(in_features, out_features)
        self.gelu = nn.GELU()

    def forward(self, x):
        y = self.linear(x)
        return self.gelu(y), F.gelu(y * 0.5, approximate="tanh")


batch_size = 1
in_features = 67
out_features = 45


def get_inputs():
    return [torch.randn(batch_size, in_features)]


def get_init_inputs():
    return [in_features, out_features]

# CHECK: {{^}}function compiled correct eager ms
# CHECK-NEXT: {{^}}Model yes 9/9
# CHECK-NOT: REJECTED
# CHECK: {{^}}PASS
