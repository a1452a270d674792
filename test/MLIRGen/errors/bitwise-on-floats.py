import torch

def f(x: "f32[4]", y: "f32[4]"):
    return x ^ y

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: bitwise-on-floats.py:4:14: error: 'py.bitwise_xor' op expects integer or bool operands, got 'tensor<4xf32>' and 'tensor<4xf32>'
# CHECK-NEXT: {{^}}    return x ^ y{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
