# Pooling walks each output element's window (unrolled, masked at the
# borders); cat fills each input's range of the output dim.
# RUN: py2triton %s | FileCheck %s
import torch
import torch.nn.functional as F


def pool(x: "f32[2, 3, 9, 9]"):
    return F.max_pool2d(x, 2, stride=2, padding=1)

# 2x2 window: four masked loads combined with a NaN-propagating maximum.
# CHECK-LABEL: def _pool_k0(
# CHECK-COUNT-4: tl.maximum(pool
# CHECK: tl.store(out + offs


def join(x: "f32[3, 5]", y: "f32[2, 5]"):
    return torch.cat([x, y], dim=0)

# CHECK-LABEL: def _join_k1(
# CHECK: ok{{[0-9]+}} = (q{{[0-9]+}} >= 0) & (q{{[0-9]+}} < 3)
# CHECK: ok{{[0-9]+}} = (q{{[0-9]+}} >= 0) & (q{{[0-9]+}} < 2)
# CHECK: tl.where(ok
