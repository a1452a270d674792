"""Linear + bias + activation as a KernelBench Model (level 2 style)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    """Linear layer followed by LeakyReLU and a scale."""

    def __init__(self, in_features, out_features, negative_slope, scale):
        super().__init__()
        self.fc = nn.Linear(in_features, out_features)
        self.act = nn.LeakyReLU(negative_slope)
        self.scale = scale

    def forward(self, x):
        x = self.fc(x)
        x = self.act(x)
        return x * self.scale


batch_size = 128
in_features = 1024
out_features = 513
negative_slope = 0.1
scale = 2.0


def get_inputs():
    return [torch.randn(batch_size, in_features)]


def get_init_inputs():
    return [in_features, out_features, negative_slope, scale]
