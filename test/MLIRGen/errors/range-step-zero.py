import torch

def f(x: "f32[4]"):
    for i in range(0, 4, 0):
        x = x + i
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: range-step-zero.py:4:14: error: range() step must not be zero
# CHECK-NEXT: {{^}}    for i in range(0, 4, 0):{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
