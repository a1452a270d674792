# A Model built from nn.Sequential (Linear, activations, LayerNorm,
# Dropout), nested Sequentials and indexing into a Sequential.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, d_in, hidden, d_out):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(d_in, hidden), nn.ReLU(),
            nn.Sequential(nn.Linear(hidden, hidden), nn.LayerNorm(hidden), nn.SiLU()),
            nn.Dropout(0.1), nn.Linear(hidden, d_out), nn.Tanh())
        self.head = nn.Sequential(nn.Linear(d_in, d_out, bias=False), nn.Softplus())

    def forward(self, x):
        return self.net(x), self.head(x), self.net[0](x)


def get_inputs():
    return [torch.randn(9, 21)]


def get_init_inputs():
    return [21, 35, 6]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
