import torch

def f(x: "f32[3, 2]"):
    return x.expand(3, 4)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: expand-incompatible.py:4:14: error: 'py.expand' op cannot expand dim 1 of size 2 to 4
# CHECK-NEXT: {{^}}    return x.expand(3, 4){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
