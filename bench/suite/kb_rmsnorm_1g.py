"""KernelBench level 1 (36_RMSNorm_) at 1 GiB: RMS normalisation over the feature dim
of a [batch, features, dim1, dim2] tensor (a strided reduction)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    """Simple model that performs RMS Normalization."""

    def __init__(self, num_features: int, eps: float = 1e-5):
        super(Model, self).__init__()
        self.num_features = num_features
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Calculate the RMS along the feature dimension
        rms = torch.sqrt(torch.mean(x ** 2, dim=1, keepdim=True) + self.eps)
        # Normalize the input by dividing by the RMS
        return x / rms


batch_size = 64
features = 64
dim1 = 256
dim2 = 256


def get_inputs():
    x = torch.randn(batch_size, features, dim1, dim2)
    return [x]


def get_init_inputs():
    return [features]
