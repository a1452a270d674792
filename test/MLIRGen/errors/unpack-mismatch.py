import torch

def f(x: "f32[4, 3]"):
    a, b = x.shape
    c, d, e = x.shape
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unpack-mismatch.py:5:5: error: cannot unpack 2 values into 3 names
# CHECK-NEXT: {{^}}    c, d, e = x.shape{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
