# Reductions: rows are the kept dims, columns the reduced dims. A reduced
# extent of at most 16384 static elements is persistent (whole rows in
# registers, no loop); larger or dynamic extents loop over BLOCK_N chunks with
# an fp32 accumulator. Masked lanes hold the identity.
# RUN: py2triton %s | FileCheck %s
import torch


def row_max(x: "f16[33, 700]"):
    return x.amax(dim=1)

# CHECK-LABEL: def _row_max_k0(in0, in0_s0, in0_s1, out, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
# CHECK-NEXT: # amax over 1 dim(s), persistent: BLOCK_M whole rows of 700 elements per program
# CHECK: cols = tl.arange(0, BLOCK_N)[None, :]
# CHECK: mask = rmask & (cols < 700)
# CHECK-NOT: for
# CHECK: tl.where(mask, {{.*}}, -float("inf")).to(tl.float32)
# CHECK: tl.max({{.*}}, axis=1)[:, None]
# CHECK: tl.store(out + rows, _round({{.*}}, out.dtype.element_ty), mask=rmask)


def col_sum(x: "f32[12, 40]"):
    return x.sum(dim=0, keepdim=True)

# Reducing the outer dim: rows are dim 1 (contiguous, up to 128 per
# program), the loop walks dim 0.
# CHECK-LABEL: def _col_sum_k1(
# CHECK: k0 = rows
# CHECK: for n0 in range(0, 12, BLOCK_N):
# CHECK: c0_0 = cols0
# CHECK: tl.load(in0 + (c0_0) * in0_s0 + (k0) * in0_s1


def first_argmax(x: "f32[6, 50]"):
    return torch.argmax(x, dim=1)

# CHECK-LABEL: def _first_argmax_k2(
# CHECK: tl.argmax({{.*}}, axis=1, tie_break_left=True)[:, None].to(tl.int64)


def long_rows(x: "f32[3, 40000]"):
    return x.sum(dim=1)

# Too long for registers: a loop over the row with a running accumulator.
# CHECK-LABEL: def _long_rows_k3(
# CHECK-NEXT: # sum over rows of 40000 elements, looped over BLOCK_N chunks
# CHECK: acc0 = tl.full([BLOCK_M, BLOCK_N], 0.0, tl.float32)
# CHECK-NEXT: for n0 in range(0, 40000, BLOCK_N):
# CHECK: acc0 = acc0 + {{.*}}
# CHECK: tl.sum(acc0, axis=1)[:, None]


def variance(x: "f32[8, 96]"):
    m = x.mean(dim=1, keepdim=True)
    return ((x - m) ** 2).mean(dim=1)

# The mean nested in the variance is computed in the same kernel.
# CHECK-LABEL: def _variance_k4(
# CHECK-COUNT-2: tl.sum(
# CHECK-NOT: def _variance_k5(

# CHECK-LABEL: def row_max(x):
# CHECK: buf0 = torch.empty((33, ), dtype=_dtype, device=_device)
# CHECK-LABEL: def col_sum(x):
# CHECK: _col_sum_k1[(triton.cdiv(40, 64),)]({{.*}}, BLOCK_M=64, BLOCK_N=16, num_warps=4)
# CHECK-LABEL: def first_argmax(x):
# CHECK: buf0 = torch.empty((6, ), dtype=torch.int64, device=_device)
