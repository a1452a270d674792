# Reductions: rows are the kept dims, columns the reduced dims, looped in
# BLOCK_N chunks with an fp32 accumulator; masked lanes hold the identity.
# RUN: py2triton %s | FileCheck %s
import torch


def row_max(x: "f16[33, 700]"):
    return x.amax(dim=1)

# CHECK-LABEL: def _row_max_k0(in0, in0_s0, in0_s1, out, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
# CHECK-NEXT: # amax over 1 dim(s)
# CHECK: rmask = rows < 33
# CHECK: acc = tl.full([BLOCK_M, BLOCK_N], -float("inf"), tl.float32)
# CHECK-NEXT: for n0 in range(0, 700, BLOCK_N):
# CHECK: mask = rmask & (cols < 700)
# CHECK: tl.where(mask, {{.*}}, -float("inf")).to(tl.float32)
# CHECK: acc = tl.maximum(acc, {{.*}}, propagate_nan=tl.PropagateNan.ALL)
# CHECK: tl.store(out + rows, _round(res[:, None], out.dtype.element_ty), mask=rmask)


def col_sum(x: "f32[12, 40]"):
    return x.sum(dim=0, keepdim=True)

# Reducing the outer dim: columns walk dim 0, rows are dim 1.
# CHECK-LABEL: def _col_sum_k1(
# CHECK: k0 = rows
# CHECK: c0 = cols
# CHECK: tl.load(in0 + (c0) * in0_s0 + (k0) * in0_s1


def first_argmax(x: "f32[6, 50]"):
    return torch.argmax(x, dim=1)

# CHECK-LABEL: def _first_argmax_k2(
# CHECK: acci = tl.zeros([BLOCK_M, BLOCK_N], tl.int64)
# CHECK: acci = tl.where(upd, cols, acci)
# CHECK: tl.min(tl.where({{.*}}, acci, 9223372036854775807), axis=1)

# CHECK-LABEL: def row_max(x):
# CHECK: buf0 = torch.empty((33, ), dtype=_dtype, device=_device)
# CHECK-LABEL: def first_argmax(x):
# CHECK: buf0 = torch.empty((6, ), dtype=torch.int64, device=_device)
