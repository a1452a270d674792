import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super().__init__()

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: model-without-forward.py:4:1: error: class 'Model' has no forward() method
# CHECK-NEXT: {{^}}class Model(nn.Module):{{$}}
# CHECK-NEXT: {{^}}^{{$}}
