import torch

W = load_weights()

def f(x: "f32[4]"):
    return x * W

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: module-value-unevaluable.py:6:16: error: module-level value 'W' could not be evaluated
# CHECK-NEXT: {{^}}    return x * W{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
