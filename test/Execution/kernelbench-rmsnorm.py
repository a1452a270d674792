# A KernelBench level-1 Model: ModelNew must match Model on get_inputs().
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, num_features: int, eps: float = 1e-5):
        super().__init__()
        self.num_features = num_features
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rms = torch.sqrt(torch.mean(x ** 2, dim=1, keepdim=True) + self.eps)
        return x / rms


batch_size = 3
features = 17
dim1 = 5
dim2 = 7


def get_inputs():
    return [torch.randn(batch_size, features, dim1, dim2)]


def get_init_inputs():
    return [features]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
