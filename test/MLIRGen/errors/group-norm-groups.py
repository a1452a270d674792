import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gn = nn.GroupNorm(3, 8)

    def forward(self, x):
        return self.gn(x)

def get_inputs():
    return [torch.randn(2, 8, 4, 4)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: group-norm-groups.py:10:21: error: 'py.group_norm' op expects the channel count 8 to be divisible by num_groups 3
# CHECK-NEXT: {{^}}        return self.gn(x){{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
