# Scans: rows x chunks of the scanned dim with a running carry.
# RUN: py2triton %s | FileCheck %s
import torch


def running(x: "f32[6, 300]"):
    return torch.cumsum(x, dim=1), torch.cumprod(x, dim=0)

# CHECK-LABEL: def _running_k0(
# CHECK: # cumsum along dim 1
# CHECK: carry = tl.full([BLOCK_M, 1], 0, tl.float32)
# CHECK: c = tl.cumsum({{.*}}, axis=1) + carry
# CHECK: carry = carry + tl.sum({{.*}}, axis=1)[:, None]
# CHECK-LABEL: def _running_k1(
# CHECK: # cumprod along dim 0
# CHECK: tl.associative_scan({{.*}}, 1, _mul_combine) * carry
# CHECK-LABEL: def running(x):
# CHECK: return (buf0, buf1)
