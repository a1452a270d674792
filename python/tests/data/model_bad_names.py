"""ModelNew whose parameter is called 'weight' instead of 'scale': Model's
state_dict cannot be loaded into it."""
import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self, features, factor):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(features))
        self.register_buffer("shift", torch.zeros(features))
        self.factor = factor

    def forward(self, x):
        return torch.relu(x * self.weight + self.shift) * self.factor
