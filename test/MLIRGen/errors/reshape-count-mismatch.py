import torch

def f(x: "f32[4, 6]"):
    return x.view(5, 5)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: reshape-count-mismatch.py:4:14: error: 'py.reshape' op cannot reshape 'tensor<4x6xf32>' (24 elements) into shape [5, 5] (25 elements)
# CHECK-NEXT: {{^}}    return x.view(5, 5){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
