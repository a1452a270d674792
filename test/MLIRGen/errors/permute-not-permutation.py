import torch

def f(x: "f32[2, 3, 4]"):
    return x.permute(0, 2, 2)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: permute-not-permutation.py:4:14: error: 'py.permute' op dims [0, 2, 2] is not a permutation of rank 3
# CHECK-NEXT: {{^}}    return x.permute(0, 2, 2){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
