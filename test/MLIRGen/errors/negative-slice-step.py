import torch

def f(x: "f32[8]"):
    return x[::-1]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: negative-slice-step.py:4:14: error: slice step must be positive (torch does not support negative steps)
# CHECK-NEXT: {{^}}    return x[::-1]{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
