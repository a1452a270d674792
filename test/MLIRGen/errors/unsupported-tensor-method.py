import torch

def f(x: "f32[4]"):
    return x.lgamma()

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unsupported-tensor-method.py:4:14: error: tensor method 'lgamma' is not supported by py2triton
# CHECK-NEXT: {{^}}    return x.lgamma(){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
