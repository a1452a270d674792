import torch

def f(x: "f32[2, 3, 4]"):
    return x.flatten(2, 1)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: flatten-start-after-end.py:4:14: error: 'py.flatten' op start_dim 2 comes after end_dim 1
# CHECK-NEXT: {{^}}    return x.flatten(2, 1){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
