# Looped row kernels (rows beyond the persistent limit) compute the row max
# and the sum of exp(t - g(max)) in ONE loop (online softmax) with one exp per
# element: a row-wide running max, grown by each chunk's NaN-propagating max
# (_max_rows), and per-lane sums, all rescaled by the one factor
# exp(g(old) - g(new)) when the max grows (by exactly 1 when the shifts are
# equal, so -inf rows never make inf - inf); masked lanes read -inf and add 0.
# The lanes' sums add up after the loop. Cross-entropy's one-hot pick of the
# target class is a gather. A one-loop kernel (logsumexp, cross-entropy) takes
# chunks of 1024 over 4 warps; softmax's (with an output loop) 2048 over 8.
# RUN: py2triton %s | FileCheck %s
# RUN: py2triton %s | FileCheck %s --check-prefix=LAUNCH
import torch
import torch.nn.functional as F


def softmax_long(x: "f32[3, 40011]"):
    return torch.softmax(x, dim=1)

# One statistics loop, then the output loop: two reads of the row.
# CHECK-LABEL: def _max_rows(x):
# CHECK: m = tl.reduce(x, 1, _max_nan_combine)
# CHECK-LABEL: def _softmax_long_k0(
# CHECK: accm0 = tl.full([BLOCK_M, 1], -float("inf"), tl.float32)
# CHECK-NEXT: accs0 = tl.full([BLOCK_M, BLOCK_N], 0.0, tl.float32)
# CHECK-NEXT: for n0 in range(0, 40011, BLOCK_N):
# CHECK: [[X:x[0-9]+]] = tl.load(in0
# CHECK-NEXT: [[V:v[0-9]+]] = tl.where(mask0, [[X]], -float("inf")).to(tl.float32)
# CHECK-NEXT: [[M:m[0-9]+]] = tl.maximum(accm0, _max_rows([[V]]), propagate_nan=tl.PropagateNan.ALL)
# CHECK-NEXT: [[A:a[0-9]+]] = tl.where(accm0 == [[M]], 1.0, tl.exp(accm0 - [[M]]))
# CHECK-NEXT: [[E:e[0-9]+]] = tl.where([[V]] == -float("inf"), 0.0, tl.exp([[V]] - [[M]]))
# CHECK-NEXT: accs0 = accs0 * [[A]] + [[E]]
# CHECK-NEXT: accm0 = [[M]]
# CHECK-NEXT: [[MAX:red[0-9]+]] = accm0
# CHECK-NEXT: [[SUM:red[0-9]+]] = tl.sum(accs0, axis=1)[:, None]
# CHECK-NEXT: for n in range(0, 40011, BLOCK_N):
# CHECK: = ({{x[0-9]+}} - [[MAX]])
# CHECK: / [[SUM]])
# CHECK: tl.store(
# CHECK-NOT: for n
# CHECK-NOT: def _softmax_long_k1(


def logsumexp_long(x: "f32[2, 40000]"):
    return torch.logsumexp(x, dim=1)

# One kernel, one loop; the shift (0 where the max is infinite) is applied
# to the running max; chunks of 1024 over 4 warps.
# CHECK-LABEL: def _logsumexp_long_k1(
# CHECK: accm0 = tl.full([BLOCK_M, 1], -float("inf"), tl.float32)
# CHECK: for n0 in range(0, 40000, BLOCK_N):
# CHECK: [[M:m[0-9]+]] = tl.maximum(accm0, _max_rows(
# CHECK: tl.where({{t[0-9]+}}, 0.0, [[M]])
# CHECK: accs0 = accs0 *
# CHECK: tl.sum(accs0, axis=1)[:, None]
# CHECK: tl.log(
# CHECK-NOT: for n
# CHECK: tl.store(out + rows,
# CHECK-NOT: def _logsumexp_long_k2(


def cross_entropy_long(x: "f32[4, 40000]", t: "i64[4]"):
    return F.cross_entropy(x, t, reduction="none")

# Cross-entropy: the statistics loop, then the target's logit gathered per
# row (no loop over the classes for the pick).
# CHECK-LABEL: def _cross_entropy_long_k2(
# CHECK: for n0 in range(0, 40000, BLOCK_N):
# CHECK: accs0 = accs0 *
# CHECK: [[T:x[0-9]+]] = tl.load(in0 + (k0) * in0_s0, mask=rmask, other=0)
# CHECK-NEXT: [[OK:ok[0-9]+]] = rmask & ([[T]] >= 0) & ([[T]] < 40000)
# CHECK-NEXT: [[G:g[0-9]+]] = tl.where([[OK]], [[T]], 0)
# CHECK-NEXT: tl.load(in1 + (k0) * in1_s0 + ([[G]]) * in1_s1, mask=[[OK]], other=0)
# CHECK-NOT: for n
# CHECK: tl.store(out + rows,

# The launches: softmax's two loops over chunks of 2048 (8 warps); the
# one-loop kernels over chunks of 1024 (4 warps).
# LAUNCH: _softmax_long_k0[(triton.cdiv(3, 1),)]({{.*}}, BLOCK_M=1, BLOCK_N=2048, num_warps=8)
# LAUNCH: _logsumexp_long_k1[(triton.cdiv(2, 1),)]({{.*}}, BLOCK_M=1, BLOCK_N=1024, num_warps=4)
# LAUNCH: _cross_entropy_long_k2[(triton.cdiv(4, 1),)]({{.*}}, BLOCK_M=1, BLOCK_N=1024, num_warps=4)
