# prod over one dim (inner and outer), keepdim, and over everything; factors
# near 1 keep the products well scaled in bf16.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def prods(x: "f32[7, 1, 43]"):
    y = x * 0.05 + 1.0
    return torch.prod(y, dim=2), y.prod(0), torch.prod(y, dim=-1, keepdim=True), y.prod(1)


def prod_all(x: "f32[3, 19]"):
    return torch.prod(x * 0.02 + 1.0), (x * 0.02 + 1.0).prod()

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
