# all / any on comparisons: over every dim, one dim, keepdim, torch.* and
# tensor methods; thresholds leave a margin of 1/16 to every input value
# (multiples of 1/8) so rounding to bf16 cannot flip a comparison.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def truth(x: "f32[7, 1, 13]"):
    y = torch.round(x * 8.0) / 8.0
    return (torch.all(y > -2.0625), torch.any(y > 2.0625), (y < 1.0625).all(dim=-1),
            torch.any(y >= 1.5625, dim=0), (y != 0.0625).all(dim=2, keepdim=True),
            torch.all(y > -1.0625, dim=(0, 2)), (y.abs() > 0.5625).any(dim=1))

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
