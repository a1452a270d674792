# KernelBench level-2 style "Matmul_Scaling_ResidualAdd": x @ W^T + b,
# scaled, plus the (detached) pre-scale result; a learned scale
# (nn.Parameter) and a clamp epilogue.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, in_features, out_features, scaling_factor):
        super().__init__()
        self.matmul = nn.Linear(in_features, out_features)
        self.scaling_factor = scaling_factor
        self.gain = nn.Parameter(torch.randn(out_features))

    def forward(self, x):
        x = self.matmul(x)
        original_x = x.clone().detach()
        x = x * self.scaling_factor
        x = x + original_x
        return x, torch.clamp(x * self.gain, -1.5, 1.5)


batch_size = 13
in_features = 50
out_features = 31
scaling_factor = 0.5


def get_inputs():
    return [torch.randn(batch_size, in_features)]


def get_init_inputs():
    return [in_features, out_features, scaling_factor]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
