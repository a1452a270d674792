# Algebraic unary ops: sqrt, rsqrt, reciprocal (inputs bounded away from 0),
# square (torch.square, x ** 2, x * x), abs, neg, sign, pow with float and
# tensor exponents.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def roots(x: "f32[11, 1, 71]"):
    y = x.abs() + 0.25
    return torch.sqrt(y), torch.rsqrt(y), torch.reciprocal(y), y.reciprocal(), 1.0 / y


def signs(x: "f32[2, 503]"):
    return torch.square(x), x.square(), x ** 2, torch.abs(x), -x, torch.neg(x), torch.sign(x)


def powers(x: "f32[13, 17]", e: "f32[13, 17]"):
    y = x.abs() + 0.5
    return torch.pow(y, 1.5), y ** 3, y ** 0.5, torch.pow(y, e * 0.5), 2.0 ** (x * 0.5)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
