import torch

def f(x: "f32[8]"):
    x[0] = 1.0
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: subscript-assign.py:4:6: error: assignment to a subscript (in-place update) is not supported by py2triton
# CHECK-NEXT: {{^}}    x[0] = 1.0{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
