import torch

def f(x: "f32[8]"):
    return 0.0 < x <= 1.0

# Regression (fixed): Python evaluates `a < x <= b` as `(a < x) and (x <= b)`, which calls
# bool() on a tensor (torch raises "Boolean value of Tensor with more than one
# value is ambiguous"); MLIRGen instead silently builds logical_and of the two
# comparisons. It should be rejected like `and` on tensors.
# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: chained-compare-tensors.py:4:16: error:
