# nn.BatchNorm1d / 2d / 3d in eval mode (running statistics), with random
# running mean / var and affine parameters (nn.init.*), affine=False, and a
# custom eps; 2-D and 3-D inputs for BatchNorm1d.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.bn2 = nn.BatchNorm2d(c)
        self.bn2_plain = nn.BatchNorm2d(c, affine=False, eps=1e-3)
        self.bn1 = nn.BatchNorm1d(c)
        self.bn3 = nn.BatchNorm3d(c)
        for bn in [self.bn2, self.bn2_plain, self.bn1, self.bn3]:
            nn.init.normal_(bn.running_mean)
            nn.init.uniform_(bn.running_var, 0.5, 2.0)
        for bn in [self.bn2, self.bn1, self.bn3]:
            nn.init.normal_(bn.weight)
            nn.init.normal_(bn.bias)

    def forward(self, x, v):
        return (self.bn2(x), self.bn2_plain(x), self.bn1(v), self.bn1(x.flatten(2)),
                self.bn3(x.unsqueeze(-1)))


c = 7


def get_inputs():
    return [torch.randn(3, c, 5, 11), torch.randn(13, c)]


def get_init_inputs():
    return [c]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
