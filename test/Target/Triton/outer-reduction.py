# Reductions over outer dims (the innermost dim is kept): programs own BLOCK_M
# contiguous outputs (up to 128) and accumulate a [BLOCK_M, BLOCK_N] tile over
# the reduced rows, reduced once at the end. With too few column tiles to
# fill the GPU, the reduced rows are split over grid axis 1: partial results
# go to an fp32 workspace [SPLITS, outputs], and a second kernel combines
# them and applies the epilogue (deterministic, no atomics).
# RUN: py2triton %s | FileCheck %s
import torch


def col_sum_large(x: "f32[8192, 8192]"):
    return x.sum(dim=0)

# 64 column tiles of 128: 16 splits of 512 rows (1024 programs).
# CHECK-LABEL: def _col_sum_large_k0(in0, in0_s0, in0_s1, part, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, CHUNK: tl.constexpr):
# CHECK-NEXT: # sum over outer dim(s), split stage 1: 16 programs per BLOCK_M contiguous outputs each reduce 512 of the 8192 rows
# CHECK-NEXT: pid = tl.program_id(0)
# CHECK-NEXT: split = tl.program_id(1)
# CHECK: acc = tl.full([BLOCK_M, BLOCK_N], 0.0, tl.float32)
# CHECK-NEXT: for n0 in range(split * CHUNK, split * CHUNK + CHUNK, BLOCK_N):
# CHECK: tl.load(in0 + (c0) * in0_s0 + (k0) * in0_s1, mask=mask, other=0)
# CHECK: acc = acc + {{v[0-9]+}}
# CHECK: tl.store(part + split * 8192 + rows, tl.sum(acc, axis=1)[:, None], mask=rmask)
# CHECK-LABEL: def _col_sum_large_k1(part, out, BLOCK_M: tl.constexpr, BLOCK_S: tl.constexpr):
# CHECK-NEXT: # sum, split stage 2: combine the 16 partial results of each output
# CHECK: p = tl.load(part + sp * 8192 + rows, mask=rmask & (sp < 16), other=0.0)
# CHECK-NEXT: [[R:red[0-9]+]] = tl.sum(p, axis=1)[:, None]
# CHECK: tl.store(out + rows, _round([[R]] +


def mean_sq_split(x: "f32[4099, 5]"):
    return (x * x).mean(dim=0) * 2.0

# The producer is fused into stage 1, the mean's division and the scale into
# stage 2.
# CHECK-LABEL: def _mean_sq_split_k2(
# CHECK-NEXT: # sum over outer dim(s), split stage 1: 3 programs per BLOCK_M contiguous outputs each reduce 1536 of the 4099 rows
# CHECK: [[X:x[0-9]+]] = tl.load(in0
# CHECK: ([[X]] * [[X]])
# CHECK-LABEL: def _mean_sq_split_k3(
# CHECK-NEXT: # sum, split stage 2: combine the 3 partial results of each output, pointwise epilogue fused
# CHECK: [[R:red[0-9]+]] = tl.sum(p, axis=1)[:, None]
# CHECK: ([[R]] / 4099.0)
# CHECK: * 2.0)
# CHECK: tl.store(out + rows,


def amax_middle(x: "f32[3, 2000, 4]"):
    return x.amax(dim=1, keepdim=True)

# Extrema keep NaN through both stages.
# CHECK-LABEL: def _amax_middle_k4(
# CHECK: acc = tl.maximum(acc, {{v[0-9]+}}, propagate_nan=tl.PropagateNan.ALL)
# CHECK: tl.store(part + split * 12 + rows, tl.where(tl.max((acc != acc).to(tl.int32), axis=1)[:, None] > 0, float("nan"), tl.max(acc, axis=1)[:, None]), mask=rmask)
# CHECK-LABEL: def _amax_middle_k5(
# CHECK: other=-float("inf"))
# CHECK: tl.where(tl.max((p != p).to(tl.int32), axis=1)[:, None] > 0, float("nan"), tl.max(p, axis=1)[:, None])


def col_mean_wide(x: "f32[64, 4096]"):
    return x.mean(dim=0)

# Enough column tiles (32 of 128, 64 rows each): no split, one kernel.
# CHECK-LABEL: def _col_mean_wide_k6(
# CHECK-NEXT: # sum over rows of 64 elements, looped over BLOCK_N chunks (outer dims: BLOCK_M contiguous outputs per program), pointwise epilogue fused
# CHECK-NOT: def _col_mean_wide_k7(

# CHECK-LABEL: def col_sum_large(x):
# CHECK: [[P:part[0-9]+]] = torch.empty((16, 8192), dtype=torch.float32, device=_device)
# CHECK-NEXT: _col_sum_large_k0[(triton.cdiv(8192, 128), 16)](x, x.stride(0), x.stride(1), [[P]], BLOCK_M=128, BLOCK_N=32, CHUNK=512, num_warps=8)
# CHECK-NEXT: _col_sum_large_k1[(triton.cdiv(8192, 256),)]([[P]], buf0, BLOCK_M=256, BLOCK_S=16, num_warps=4)
# CHECK-LABEL: def col_mean_wide(x):
# CHECK: _col_mean_wide_k6[(triton.cdiv(4096, 128),)]({{.*}}, BLOCK_M=128, BLOCK_N=32, num_warps=8)
