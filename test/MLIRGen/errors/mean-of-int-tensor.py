import torch

def f(x: "i64[4, 4]"):
    return x.mean(dim=1)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: mean-of-int-tensor.py:4:14: error: 'py.mean' op expects a floating-point input, got 'tensor<4x4xi64>'
# CHECK-NEXT: {{^}}    return x.mean(dim=1){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
