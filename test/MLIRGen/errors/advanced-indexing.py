import torch

def f(x: "f32[8]", i: "i64[3]"):
    return x[i]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: advanced-indexing.py:4:14: error: indexing a tensor with a tensor (advanced indexing) is not supported by py2triton
# CHECK-NEXT: {{^}}    return x[i]{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
