# Sigmoid-like and tanh-like activations: sigmoid, tanh, hardsigmoid,
# hardswish, logsigmoid, softsign, tanhshrink, through torch.*, F.* and
# tensor methods; inputs reach the saturated regions.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def sigmoids(x: "f32[17, 1, 23]"):
    y = x * 4.0
    return torch.sigmoid(y), F.sigmoid(y), y.sigmoid(), F.logsigmoid(y), F.hardsigmoid(y)


def tanhs(x: "f32[2, 401]"):
    y = x * 3.0
    return torch.tanh(y), F.tanh(y), y.tanh(), F.softsign(y), F.hardswish(y)


def tanhshrink(x: "f32[1, 127]"):
    return F.tanhshrink(x * 4.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
