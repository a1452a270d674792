import torch

def f(x: "f32[4, 5]", y: "f32[3]"):
    return x + y

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: broadcast-mismatch.py:4:14: error: 'py.add' op operands are not broadcast-compatible: 'tensor<4x5xf32>' and 'tensor<3xf32>'
# CHECK-NEXT: {{^}}    return x + y{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
