import torch

def f(x: "f32[2, 3, 4]"):
    return x.sum(dim=(1, -2))

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: reduce-duplicate-dim.py:4:14: error: 'py.sum' op dim -2 appears more than once in [1, -2]
# CHECK-NEXT: {{^}}    return x.sum(dim=(1, -2)){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
