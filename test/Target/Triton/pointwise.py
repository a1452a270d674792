# Pointwise kernels: one flat index split into per-dim indices; broadcast
# operands skip the broadcast dim; views change the index, not the data;
# every load and the store are masked; fp16/bf16 are widened to fp32.
# RUN: py2triton %s | FileCheck %s
import torch


def bias_relu(x: "f32[37, 100]", b: "f32[100]"):
    return torch.relu(x + b)

# CHECK-LABEL: def _bias_relu_k0(
# CHECK-SAME: in0, in0_s0, in0_s1, in1, in1_s0, out, numel, BLOCK: tl.constexpr):
# CHECK-NEXT: # pointwise: 2-d output
# CHECK: offs = pid.to(tl.int64) * BLOCK + tl.arange(0, BLOCK)
# CHECK-NEXT: mask = offs < numel
# CHECK-NEXT: i1 = offs % 100
# CHECK-NEXT: r0 = offs // 100
# CHECK-NEXT: i0 = r0
# CHECK: tl.load(in0 + (i0) * in0_s0 + (i1) * in0_s1, mask=mask, other=0).to(tl.float32)
# CHECK: tl.load(in1 + (i1) * in1_s0, mask=mask, other=0).to(tl.float32)
# CHECK: tl.store(out + offs, _round({{.*}}, out.dtype.element_ty), mask=mask)


def transposed(x: "f32[8, 5]"):
    return x.t() * 2.0

# An input read through a transpose: 2-D tiles, so that both the load (along
# rows) and the store (along columns) can be coalesced.
# CHECK-LABEL: def _transposed_k1(
# CHECK-NEXT: # pointwise over 2-D tiles
# CHECK: mask = (rows < 5) & (cols < 8)
# CHECK: tl.load(in0 + (cols) * in0_s0 + (k0) * in0_s1, mask=mask
# CHECK: tl.store(out + (k0) * 8 + cols, 

# The wrapper keeps the name and signature, checks its arguments, follows the
# caller's float dtype and launches one program per BLOCK elements.
# CHECK-LABEL: def bias_relu(x, b):
# CHECK-NEXT: _device = _device_of(x)
# CHECK-NEXT: _check_tensor(x, "x", [37, 100, ], "float", _device)
# CHECK-NEXT: _check_tensor(b, "b", [100, ], "float", _device)
# CHECK-NEXT: _dtype = x.dtype
# CHECK-NEXT: buf0 = torch.empty((37, 100, ), dtype=_dtype, device=_device)
# CHECK-NEXT: _bias_relu_k0[(triton.cdiv(3700, 1024),)](x, x.stride(0), x.stride(1), b, b.stride(0), buf0, 3700, BLOCK=1024, num_warps=8)
# CHECK-NEXT: return buf0

