import torch

def f(x: "f32[4, 4]", dim: int = 2):
    assert dim < 2, "dim must be 0 or 1"
    return x.sum(dim)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: compile-time-assert.py:4:5: error: assertion failed at compile time: dim must be 0 or 1
# CHECK-NEXT: {{^}}    assert dim < 2, "dim must be 0 or 1"{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
