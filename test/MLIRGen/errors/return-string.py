import torch

def f(x: "f32[4]"):
    return "done"

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: return-string.py:3:1: error: 'f' must return tensors or numbers, not a string
# CHECK-NEXT: {{^}}def f(x: "f32[4]"):{{$}}
# CHECK-NEXT: {{^}}^{{$}}
