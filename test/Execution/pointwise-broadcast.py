# Broadcasting pointwise chains, checked on random inputs in fp32/fp16/bf16.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def axpby(x: "f32[37, 23]", y: "f32[23]", alpha: float):
    return x * alpha + y * 0.5 - 1.0


def unary_chain(x: "f32[5, 7, 11]"):
    return torch.exp(-x.abs()) + torch.sigmoid(x) * torch.erf(x) - torch.sqrt(x * x + 1.0)


def trig_and_logs(x: "f32[131]"):
    ax = x.abs() + 0.1
    return torch.sin(x) + torch.cos(x) + torch.log(ax) + torch.log2(ax) + torch.log1p(ax) + torch.expm1(x * 0.1)


def rounding(x: "f32[9, 13]"):
    y = x * 3.0
    return torch.floor(y) + torch.ceil(y) * 2 + torch.round(y) * 3 + torch.trunc(y) * 4 + torch.sign(y)


def where_and_compare(x: "f32[17, 19]", y: "f32[17, 1]"):
    return torch.where(x > y, x - y, torch.minimum(x, y) * 2.0) + torch.maximum(x, y)


def powers(x: "f32[61]"):
    return x ** 2 + x.abs() ** 0.5 + x ** 3 - (x.abs() + 1.0) ** 1.7 + torch.rsqrt(x.abs() + 1.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}54 passed, 0 failed
