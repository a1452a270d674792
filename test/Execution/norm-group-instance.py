# nn.GroupNorm (several groups, one group, one group per channel, affine
# off) and nn.InstanceNorm1d / 2d (affine on and off) in a Model with random
# affine parameters, plus F.group_norm / F.instance_norm.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.gn = nn.GroupNorm(3, c)
        self.gn_one = nn.GroupNorm(1, c, eps=1e-3)
        self.gn_each = nn.GroupNorm(c, c, affine=False)
        self.inorm = nn.InstanceNorm2d(c)
        self.inorm_affine = nn.InstanceNorm2d(c, affine=True)
        self.inorm1 = nn.InstanceNorm1d(c, affine=True)
        for m in [self.gn, self.gn_one, self.inorm_affine, self.inorm1]:
            nn.init.normal_(m.weight)
            nn.init.normal_(m.bias)

    def forward(self, x):
        x = x * 2.0 + 1.0
        return (self.gn(x), self.gn_one(x), self.gn_each(x), self.inorm(x),
                self.inorm_affine(x), self.inorm1(x.flatten(2)),
                F.group_norm(x, 3, self.gn.weight, self.gn.bias),
                F.instance_norm(x, weight=self.inorm1.weight, eps=1e-4),
                F.group_norm(x, 3))


c = 6


def get_inputs():
    return [torch.randn(2, c, 7, 5)]


def get_init_inputs():
    return [c]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
