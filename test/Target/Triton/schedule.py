# --emit=schedule: the primitive IR with the kernels the back end forms.
# Each kernel's root carries py.kernel (name, kind, grid, block sizes,
# warps); every op computed inside a kernel names it in py.fused_into.
# RUN: py2triton %s --emit=schedule | FileCheck %s
# The knobs from --schedule are on the function, and change the schedule.
# RUN: py2triton %s --emit=schedule --schedule=reduction=looped,num_warps=2,fuse=1 | FileCheck %s --check-prefix=KNOB
# fuse=0: the reductions become kernels of their own.
# RUN: py2triton %s --emit=schedule --schedule=fuse=0 --function softmax_rows | FileCheck %s --check-prefix=NOFUSE
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
