# Non-splat constants (here cross-entropy's class range 0..C-1) are made by
# the wrapper and passed to the kernels that read them. One that no kernel
# reads once planned (a looped row kernel picks the target class with a
# gather, not by comparing against the range) is neither defined nor made.
# RUN: py2triton %s | FileCheck %s --implicit-check-not=_ce_long_cst0
import torch
import torch.nn.functional as F


def ce_long(x: "f32[4, 40000]", t: "i64[4]"):
    return F.cross_entropy(x, t)


def ce_short(x: "f32[4, 100]", t: "i64[4]"):
    return F.cross_entropy(x, t)

# The looped kernel of ce_long gathers: its range is gone. The persistent
# kernel of ce_short compares the targets with its range: it is kept.
# CHECK: def ce_long(x, t):
# CHECK-NOT: _cst0
# CHECK: return buf
# CHECK: _ce_short_cst0 = [0, 1, 2, {{.*}}, 98, 99]
# CHECK: def ce_short(x, t):
# CHECK: _cst0 = _constant("_ce_short_cst0", _ce_short_cst0, torch.int64, (100, ), _device)
# CHECK: _ce_short_k{{[0-9]+}}[{{.*}}](t, t.stride(0), _cst0, _cst0.stride(0),
