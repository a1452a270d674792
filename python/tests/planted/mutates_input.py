"""PLANTED: the kernel also writes its result back into the input."""
import torch
import triton
import triton.language as tl


@triton.jit
def _scale_shift_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = (x.to(tl.float32) * 2.0 + 1.0).to(out_ptr.dtype.element_ty)
    tl.store(out_ptr + offs, y, mask=mask)
    tl.store(x_ptr + offs, y, mask=mask)  # BUG: clobbers the input


def scale_shift(x):
    out = torch.empty_like(x)
    n = x.numel()
    _scale_shift_kernel[(triton.cdiv(n, 1024),)](x, out, n, BLOCK=1024)
    return out
