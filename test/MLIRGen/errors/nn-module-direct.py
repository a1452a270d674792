import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Module()

    def forward(self, x):
        return x

def get_inputs():
    return [torch.randn(2)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: nn-module-direct.py:7:25: error: nn.Module cannot be instantiated directly
# CHECK-NEXT: {{^}}        self.inner = nn.Module(){{$}}
# CHECK-NEXT: {{^}}                        ^{{$}}
