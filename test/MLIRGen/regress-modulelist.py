# Regression (fixed): an nn.ModuleList (or nn.Sequential) cannot be used in forward():
# calling it says "nn.ModuleList is not callable; iterate over it", but
# iterating fails ("for loops must iterate over range(...) or a tuple/list
# ..., not an instance of 'nn.ModuleList'") and so does indexing
# ("an instance of 'nn.ModuleList' is not subscriptable").
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, dim, depth):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(dim, dim), nn.Linear(dim, dim)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return self.layers[0](x)


def get_inputs():
    return [torch.randn(2, 8)]


def get_init_inputs():
    return [8, 2]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: {py.name = "layers.0.weight", py.param}
# CHECK-SAME: {py.name = "layers.1.weight", py.param}
# CHECK-COUNT-3: py.linear
