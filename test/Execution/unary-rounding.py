# floor, ceil, round (half to even), trunc on values that are not near a
# rounding boundary in any tested dtype (k + 0.25 / k + 0.5 offsets are
# exact in bf16), plus frac-like expressions.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def rounding(x: "f32[9, 1, 61]"):
    y = torch.round(x * 4.0) * 0.25 + 0.125
    return torch.floor(y), torch.ceil(y), torch.trunc(y), y.floor(), y - torch.trunc(y)


def half_even(x: "f32[3, 101]"):
    y = torch.round(x * 4.0) + 0.5
    return torch.round(y), y.round()

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
