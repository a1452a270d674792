# --schedule knobs change the emitted kernels, and only where they apply.
# RUN: py2triton %s | FileCheck %s --check-prefix=DEFAULT
# RUN: py2triton %s --schedule=num_warps=2,block=256 | FileCheck %s --check-prefix=WARPS
# RUN: py2triton %s --schedule=reduction=looped,row_block=128 | FileCheck %s --check-prefix=LOOPED
# RUN: py2triton %s --schedule=matmul_tile=32x64x16,num_stages=2 | FileCheck %s --check-prefix=TILE
# RUN: py2triton %s --schedule=autotune=1 | FileCheck %s --check-prefix=TUNE
# RUN: py2triton %s --schedule=split_k=4 --function mm | FileCheck %s --check-prefix=SPLITK
import torch


def scale(x: "f32[5000]"):
    return x * 3.0



def softmax(x: "f32[6, 700]"):
    return torch.softmax(x, dim=-1)



def mm(a: "f16[100, 80]", b: "f16[80, 120]"):
    return a @ b

# Kernels come first, then the wrappers that launch them.
# DEFAULT: # persistent row kernel
# LOOPED: # row kernel over rows of 700 elements: one loop per row reduction
# LOOPED: for n0 in range(0, 700, BLOCK_N):
# TUNE: @triton.autotune(
# TUNE: def _mm_k2(

# DEFAULT: _scale_k0[(triton.cdiv(5000, 1024),)]({{.*}}BLOCK=1024, num_warps=8)
# WARPS: _scale_k0[(triton.cdiv(5000, 256),)]({{.*}}BLOCK=256, num_warps=2)
# LOOPED: _scale_k0[(triton.cdiv(5000, 1024),)]({{.*}}BLOCK=1024, num_warps=8)
# DEFAULT: _softmax_k1[{{.*}}BLOCK_N=1024, num_warps=8)
# LOOPED: _softmax_k1[{{.*}}BLOCK_N=128, num_warps=4)
# DEFAULT: _mm_k2[(triton.cdiv(100, 64) * triton.cdiv(120, 64), 1)]({{.*}}BLOCK_M=64, BLOCK_N=64, BLOCK_K=32, GROUP_M=8, num_warps=4)
# TILE: _mm_k2[(triton.cdiv(100, 32) * triton.cdiv(120, 64), 1)]({{.*}}BLOCK_M=32, BLOCK_N=64, BLOCK_K=16, GROUP_M=8, num_warps=4, num_stages=2)
# TUNE: _mm_k2[lambda META: (triton.cdiv(100, META["BLOCK_M"])

# split_k: partial products on grid axis 2 into an fp32 workspace, then a
# kernel that sums them.
# SPLITK: def _mm_k0(
# SPLITK: pid_k = tl.program_id(2)
# SPLITK: k_chunk = tl.cdiv(tl.cdiv(80, SPLIT_K), BLOCK_K) * BLOCK_K
# SPLITK: for k0 in range(pid_k * k_chunk, tl.minimum((pid_k + 1) * k_chunk, 80), BLOCK_K):
# SPLITK: tl.store(out + pid_k * 12000 +
# SPLITK: def _mm_k1(
# SPLITK-NEXT: # split-K sum
# SPLITK: for s in range(SPLIT_K):
# SPLITK: buf0_parts = torch.empty((4, 12000), dtype=torch.float32, device=_device)
# SPLITK-NEXT: _mm_k0[(triton.cdiv(100, 64) * triton.cdiv(120, 64), 1, 4)](
# SPLITK-NEXT: _mm_k1[(triton.cdiv(12000, 1024),)](buf0_parts, buf0, 12000, BLOCK=1024, SPLIT_K=4, num_warps=4)
