"""KernelBench level 2 style (Matmul_Swish_Scaling): nn.Linear followed by
Swish and a scale, at 4096x4096x4096 in fp16."""
import torch
import torch.nn as nn


class Model(nn.Module):
    """Linear layer, Swish activation, scaling."""

    def __init__(self, in_features, out_features, scaling_factor):
        super(Model, self).__init__()
        self.matmul = nn.Linear(in_features, out_features, dtype=torch.float16)
        self.scaling_factor = scaling_factor

    def forward(self, x):
        x = self.matmul(x)
        x = x * torch.sigmoid(x)
        x = x * self.scaling_factor
        return x


batch_size = 4096
in_features = 4096
out_features = 4096
scaling_factor = 2.0


def get_inputs():
    return [torch.randn(batch_size, in_features, dtype=torch.float16)]


def get_init_inputs():
    return [in_features, out_features, scaling_factor]
