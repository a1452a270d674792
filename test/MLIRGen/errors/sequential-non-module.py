import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 4), torch.relu)

    def forward(self, x):
        return self.net(x)

def get_inputs():
    return [torch.randn(2, 4)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: sequential-non-module.py:7:23: error: nn.Sequential expects modules, got the function 'torch.relu'
# CHECK-NEXT: {{^}}        self.net = nn.Sequential(nn.Linear(4, 4), torch.relu){{$}}
# CHECK-NEXT: {{^}}                      ^{{$}}
