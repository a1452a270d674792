import torch
import torch.nn.functional as F

def f(x: "f32[1, 4, 8, 8]"):
    return F.max_pool2d(x, 2, return_indices=True)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: max-pool-return-indices.py:5:14: error: max pooling with return_indices=True is not supported by py2triton
# CHECK-NEXT: {{^}}    return F.max_pool2d(x, 2, return_indices=True){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
