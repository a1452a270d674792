# Dynamic dims (a name in the annotation) are read from the arguments at run
# time; the checker tries sizes 37, 1 and 131.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def scale_rows(x: "f32[N, 24]", w: "f32[24]"):
    return (x * w).sum(dim=1, keepdim=True) + x

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
