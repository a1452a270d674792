# --emit=schedule: the primitive IR with the kernels the back end forms.
# Each kernel's root carries py.kernel (name, kind, grid, block sizes,
# warps); every op computed inside a kernel names it in py.fused_into.
# RUN: py2triton %s --emit=schedule | FileCheck %s
# The knobs from --schedule are on the function, and change the schedule.
# RUN: py2triton %s --emit=schedule --schedule=reduction=looped,num_warps=2,fuse=1 | FileCheck %s --check-prefix=KNOB
# fuse=0: the reductions become kernels of their own.
# RUN: py2triton %s --emit=schedule --schedule=fuse=0 --function softmax_rows | FileCheck %s --check-prefix=NOFUSE
# reduction=persistent: rows beyond the default limit stay in registers.
# RUN: py2triton %s --emit=schedule --schedule=reduction=persistent --function softmax_huge | FileCheck %s --check-prefix=PERSIST
import torch


def softmax_rows(x: "f32[37, 1000]"):
    e = torch.exp(x - x.amax(dim=1, keepdim=True))
    return e / e.sum(dim=1, keepdim=True)

# CHECK-LABEL: func.func @softmax_rows
# CHECK: py.amax {{.*}}py.fused_into = ["_softmax_rows_k0"]
# CHECK-NOT: py.kernel
# CHECK: py.sum {{.*}}py.fused_into = ["_softmax_rows_k0"]
# CHECK: py.div {{.*}}py.kernel = {BLOCK_M = 2 : i64, BLOCK_N = 1024 : i64, grid = "(triton.cdiv(37, 2),)", kind = "persistent-row", name = "_softmax_rows_k0", num_warps = 8 : i64}

# KNOB-LABEL: func.func @softmax_rows
# KNOB-SAME: py.schedule = {fuse = 1 : i64, num_warps = 2 : i64, reduction = "looped"}
# KNOB: py.div {{.*}}kind = "looped-row", name = "_softmax_rows_k0", num_warps = 2 : i64

# NOFUSE: py.amax {{.*}}py.kernel = {{{.*}}name = "_softmax_rows_k0"
# NOFUSE: py.sum {{.*}}py.kernel = {{{.*}}name = "_softmax_rows_k1"
# NOFUSE: py.div {{.*}}py.kernel = {{{.*}}name = "_softmax_rows_k2"


def linear_relu(x: "f16[200, 256]", w: "f16[256, 256]", b: "f16[256]"):
    return torch.relu(x @ w + b)

# The matmul runs in its epilogue's kernel.
# CHECK-LABEL: func.func @linear_relu
# CHECK: py.matmul {{.*}}py.fused_into = ["_linear_relu_k1"]
# CHECK: py.maximum {{.*}}py.kernel = {BLOCK_K = 32 : i64, BLOCK_M = 64 : i64, BLOCK_N = 64 : i64, GROUP_M = 8 : i64, grid = {{.*}}, kind = "matmul", name = "_linear_relu_k1", num_warps = 4 : i64}


def softmax_wide(x: "f32[4, 32768]"):
    return torch.softmax(x, dim=1)

# The longest rows kept in registers by default: 32768 fp32 elements over 8
# warps (128 registers a thread), not 16.
# CHECK-LABEL: func.func @softmax_wide
# CHECK: py.kernel = {BLOCK_M = 1 : i64, BLOCK_N = 32768 : i64, grid = "(triton.cdiv(4, 1),)", kind = "persistent-row", name = "_softmax_wide_k{{[0-9]+}}", num_warps = 8 : i64}


def softmax_huge(x: "f32[2, 40000]"):
    return torch.softmax(x, dim=1)

# Rows beyond the limit: looped by default (one-exp online softmax, then the
# output loop, chunks of 2048 over 8 warps); with reduction=persistent the
# 65536-element tile takes 16 warps (over 8 it would not fit the registers).
# CHECK-LABEL: func.func @softmax_huge
# CHECK: py.kernel = {BLOCK_M = 1 : i64, BLOCK_N = 2048 : i64, grid = "(triton.cdiv(2, 1),)", kind = "looped-row", name = "_softmax_huge_k{{[0-9]+}}", num_warps = 8 : i64}
# PERSIST: py.kernel = {BLOCK_M = 1 : i64, BLOCK_N = 65536 : i64, grid = "(triton.cdiv(2, 1),)", kind = "persistent-row", name = "_softmax_huge_k0", num_warps = 16 : i64}
