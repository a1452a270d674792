# Cumulative sums and products with a carry across chunks.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def running(x: "f32[6, 1300]"):
    return torch.cumsum(x, dim=1), torch.cumprod(x * 0.001 + 1.0, dim=1)


def outer_dim(x: "f32[40, 3]"):
    return x.cumsum(0)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
