# Reductions over every dim of a tensor with a dynamic dim (N takes 37, 1
# and 131) that reuse an earlier full reduction: var() over everything,
# and the mean absolute deviation (well conditioned, unlike the sum of the
# centered values, which cancels to ~0 and differs by rounding in bf16).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def full_var(x: "f32[5, N]"):
    return x.var(), x.std(correction=0)


def mean_abs_dev(x: "f32[5, N]"):
    return (x - x.mean()).abs().sum(), (x - x.mean()).abs().mean()

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
