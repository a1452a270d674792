# Trigonometric and erf: sin, cos on a few periods, tan away from its poles
# (|x| < 1.2), erf; torch.* and tensor methods.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def sincos(x: "f32[3, 1, 173]"):
    y = x * 2.0
    return torch.sin(y), torch.cos(y), y.sin(), y.cos()


def tangent(x: "f32[23, 41]"):
    y = torch.clamp(x * 0.5, -1.2, 1.2)
    return torch.tan(y), y.tan(), torch.erf(x), x.erf()

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
