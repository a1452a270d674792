import torch

def f(x: "f32[4]"):
    for i in range(100000):
        x = x + 1
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: loop-too-long.py:4:14: error: range() is too long to unroll (more than 4096 iterations)
# CHECK-NEXT: {{^}}    for i in range(100000):{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
