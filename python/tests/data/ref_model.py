"""A tiny KernelBench-style Model: a learned per-feature scale (parameter),
a shift (buffer), ReLU and a constant factor."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, features, factor):
        super().__init__()
        self.scale = nn.Parameter(torch.randn(features))
        self.register_buffer("shift", torch.randn(features))
        self.factor = factor

    def forward(self, x):
        return torch.relu(x * self.scale + self.shift) * self.factor


batch_size = 4
seq = 7
features = 24


def get_inputs():
    return [torch.randn(batch_size, seq, features)]


def get_init_inputs():
    return [features, 1.5]
