import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        return self.activate(x)

def get_inputs():
    return [torch.randn(4)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: model-undefined-method.py:9:21: error: an instance of 'Model' has no attribute 'activate'
# CHECK-NEXT: {{^}}        return self.activate(x){{$}}
# CHECK-NEXT: {{^}}                    ^{{$}}
