"""PLANTED: returns the torch reference's result (launches a dummy kernel so
that it looks like a kernel module)."""
import torch
import triton
import triton.language as tl

import ref_elementwise


@triton.jit
def _noop_kernel(x_ptr, n, BLOCK: tl.constexpr):
    pass


def scale_shift(x):
    _noop_kernel[(1,)](x, x.numel(), BLOCK=16)
    return ref_elementwise.scale_shift(x)  # BUG: the reference does the work
