import torch

def g(x, scale=1.0):
    return x * scale

def f(x: "f32[4]"):
    return g(x, factor=2.0)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: user-function-kwarg.py:7:12: error: 'g' got an unexpected keyword argument 'factor'
# CHECK-NEXT: {{^}}    return g(x, factor=2.0){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
