# hardshrink and softshrink, default and explicit lambda (0 included).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def hardshrink(x: "f32[9, 1, 67]"):
    return F.hardshrink(x), F.hardshrink(x, 1.25), F.hardshrink(x, lambd=0.0)


def softshrink(x: "f32[9, 67]"):
    return F.softshrink(x), F.softshrink(x, 0.75), F.softshrink(x, lambd=0.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
