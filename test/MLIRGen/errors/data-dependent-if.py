import torch

def f(x: "f32[8]"):
    if x.sum() > 0:
        return x
    return -x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: data-dependent-if.py:4:16: error: the truth value of a tensor is not known at compile time (data-dependent control flow is not supported by py2triton)
# CHECK-NEXT: {{^}}    if x.sum() > 0:{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
