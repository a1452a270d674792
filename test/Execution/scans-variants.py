# cumsum / cumprod: forward along inner, middle and outer dims, reverse via
# flip(cumsum(flip)), exclusive as cumsum - x, tensor methods, size-1 dims.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def forward(x: "f32[5, 1, 97]"):
    return torch.cumsum(x, dim=-1), x.cumsum(0), torch.cumsum(x, dim=1), torch.cumprod(x * 0.05 + 1.0, dim=2)


def reverse(x: "f32[7, 43]"):
    return (torch.flip(torch.cumsum(torch.flip(x, [1]), dim=1), [1]),
            x.flip(0).cumsum(0).flip(0),
            torch.cumprod((x * 0.05 + 1.0).flip(-1), dim=-1).flip(-1))


def exclusive(x: "f32[3, 1201]"):
    return torch.cumsum(x, dim=1) - x, torch.cumsum(x, dim=0) - x

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
