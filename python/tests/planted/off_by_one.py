"""PLANTED: off-by-one store mask; the last element is never written."""
import torch
import triton
import triton.language as tl


@triton.jit
def _scale_shift_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(out_ptr + offs, (x.to(tl.float32) * 2.0 + 1.0).to(out_ptr.dtype.element_ty), mask=offs < n - 1)  # BUG: n - 1


def scale_shift(x):
    x = x.contiguous()
    out = torch.empty_like(x)
    n = x.numel()
    _scale_shift_kernel[(triton.cdiv(n, 1024),)](x, out, n, BLOCK=1024)
    return out
