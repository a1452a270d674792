# Exponentials and logarithms: exp, exp2, expm1 on moderate exponents; log,
# log2, log10, log1p on positive inputs bounded away from 0 (well
# conditioned in bf16).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def exps(x: "f32[7, 1, 89]"):
    return torch.exp(x), torch.exp2(x * 2.0), torch.expm1(x), x.exp(), x.exp2()


def logs(x: "f32[5, 211]"):
    y = x.abs() + 0.5
    return torch.log(y), torch.log2(y), torch.log10(y), torch.log1p(y), y.log10()


def small_log1p(x: "f32[1, 37]"):
    return torch.log1p(x * 0.01), torch.expm1(x * 0.01)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
