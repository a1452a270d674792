import torch

def g(x, y):
    return x + y

def f(x: "f32[4]"):
    return g(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: missing-required-user-arg.py:7:12: error: 'g' missing required argument 'y'
# CHECK-NEXT: {{^}}    return g(x){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
