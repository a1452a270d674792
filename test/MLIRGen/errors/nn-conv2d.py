import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)

    def forward(self, x):
        return self.conv(x)

def get_inputs():
    return [torch.randn(2, 3, 16, 16)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: nn-conv2d.py:7:24: error: 'torch.nn.Conv2d' is not supported by py2triton
# CHECK-NEXT: {{^}}        self.conv = nn.Conv2d(3, 8, 3){{$}}
# CHECK-NEXT: {{^}}                       ^{{$}}
