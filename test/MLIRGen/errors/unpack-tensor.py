import torch

def f(x: "f32[2, 3]"):
    a, b = x
    return a + b

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unpack-tensor.py:4:5: error: cannot unpack a tensor into 2 names
# CHECK-NEXT: {{^}}    a, b = x{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
