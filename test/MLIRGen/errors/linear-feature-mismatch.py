import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(32, 10)

    def forward(self, x):
        return self.fc(x)

def get_inputs():
    return [torch.randn(8, 30)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: linear-feature-mismatch.py:10:21: error: 'py.linear' op input has 30 features but weight expects 32
# CHECK-NEXT: {{^}}        return self.fc(x){{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
