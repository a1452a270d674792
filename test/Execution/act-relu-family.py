# Piecewise-linear activations through torch.*, F.* and tensor methods:
# relu, relu6, leaky_relu, hardtanh, threshold, with default and explicit
# arguments (positional and keyword).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def relus(x: "f32[7, 1, 131]"):
    return torch.relu(x), F.relu(x), x.relu(), F.relu6(x * 4.0)


def leaky(x: "f32[3, 257]"):
    return F.leaky_relu(x), F.leaky_relu(x, 0.2), F.leaky_relu(x, negative_slope=-0.3)


def hardtanh(x: "f32[1, 509]"):
    return F.hardtanh(x * 2.0), F.hardtanh(x, -0.25, 0.75), F.hardtanh(x, min_val=-2.0, max_val=0.5)


def threshold(x: "f32[11, 29]"):
    return F.threshold(x, 0.1, 20.0), F.threshold(x, -0.5, -3.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
