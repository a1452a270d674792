import torch

def f(x: "f32[8]", y: "f32[8]"):
    x.add_(y)
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: inplace-method.py:4:7: error: in-place method 'add_' is not supported by py2triton; use the out-of-place form
# CHECK-NEXT: {{^}}    x.add_(y){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
