# argmax / argmin with exact ties (integers in [-2, 2]): torch returns the
# first maximal / minimal index, along inner and outer dims and over all.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def ties(x: "f32[13, 1, 97]"):
    y = torch.clamp(torch.round(x * 2.0), -2.0, 2.0)
    return (torch.argmax(y, dim=-1), torch.argmin(y, dim=0), y.argmax(), y.argmin(dim=2, keepdim=True),
            torch.max(y, dim=0)[1])

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
