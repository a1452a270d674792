# Fusion: reductions over a row are computed inside the kernel that consumes
# them when the row fits in registers (persistent row kernels), and a
# pointwise chain on a reduction's result is its epilogue.
# RUN: py2triton %s | FileCheck %s
import torch


def softmax_rows(x: "f32[37, 1000]"):
    e = torch.exp(x - x.amax(dim=1, keepdim=True))
    return e / e.sum(dim=1, keepdim=True)

# One persistent row kernel: the input is read once, both reductions are
# computed in registers and the quotient is stored.
# CHECK-LABEL: def _softmax_rows_k0(
# CHECK-NEXT: # persistent row kernel
# CHECK-COUNT-1: tl.load(
# CHECK: tl.max(
# CHECK: tl.sum(
# CHECK: tl.store(out + (k0) * 1000 + c0,
# CHECK-NOT: def _softmax_rows_k1(


def variance(x: "f32[8, 96]"):
    m = x.mean(dim=1, keepdim=True)
    return ((x - m) ** 2).mean(dim=1)

# The inner mean and the final division are in the same kernel as the sum.
# CHECK-LABEL: def _variance_k1(
# CHECK-COUNT-2: tl.sum(
# CHECK: tl.store(out + rows
# CHECK-NOT: def _variance_k2(


def linear_gelu(x: "f32[64, 48]", w: "f32[32, 48]", b: "f32[32]"):
    return torch.nn.functional.gelu(torch.nn.functional.linear(x, w, b))

# The bias and the GELU are the matmul's epilogue.
# CHECK-LABEL: def _linear_gelu_k2(
# CHECK: pointwise epilogue fused
# CHECK: acc = tl.dot(
# CHECK: omask = (rm < 64) & (rn < 32)
# CHECK: tl.erf(
# CHECK: tl.store(out
# CHECK-NOT: def _linear_gelu_k3(


def softmax_long_rows(x: "f32[3, 40011]"):
    return torch.softmax(x, dim=1)

# Rows longer than a block: one loop for the row statistics (the max and the
# rescaled sum of exp together, online softmax), then the output loop, all
# in one kernel.
# CHECK-LABEL: def _softmax_long_rows_k3(
# CHECK: for n0 in range(0, 40011, BLOCK_N):
# CHECK: tl.maximum(accm0,
# CHECK: accs0 = accs0 *
# CHECK-NOT: for n1 in
# CHECK: for n in range(0, 40011, BLOCK_N):
# CHECK: tl.store(
# CHECK-NOT: def _softmax_long_rows_k4(
