"""RMS normalisation as a KernelBench Model (level 1 style)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    """Simple model that performs RMS normalization."""

    def __init__(self, num_features: int, eps: float = 1e-5):
        super(Model, self).__init__()
        self.num_features = num_features
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # RMS over the feature dimension, keeping it for broadcasting.
        rms = torch.sqrt(torch.mean(x ** 2, dim=1, keepdim=True) + self.eps)
        return x / rms


batch_size = 16
features = 64
dim1 = 25
dim2 = 19


def get_inputs():
    x = torch.randn(batch_size, features, dim1, dim2)
    return [x]


def get_init_inputs():
    return [features]
