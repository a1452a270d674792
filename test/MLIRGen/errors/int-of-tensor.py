import torch

def f(x: "f32[4]"):
    n = int(x.sum())
    return x * n

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: int-of-tensor.py:4:9: error: int() of a tensor needs its value at compile time; use .to(dtype) for a cast
# CHECK-NEXT: {{^}}    n = int(x.sum()){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
