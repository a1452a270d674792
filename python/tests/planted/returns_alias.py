"""PLANTED: identity_add returns its input itself (hidden behind a helper,
so that only the dynamic aliasing check can see it)."""
import torch
import triton
import triton.language as tl


@triton.jit
def _touch_kernel(x_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    tl.load(x_ptr + offs, mask=offs < n)


def _result(t):
    return t


def identity_add(x):
    _touch_kernel[(triton.cdiv(x.numel(), 1024),)](x, x.numel(), BLOCK=1024)
    return _result(x)  # BUG: the output is the input
