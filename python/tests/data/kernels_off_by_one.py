"""add_relu's store mask is off by one (cols < n_cols - 1): the last column
is never written. Imports torch under another name and calls empty_like
directly, which the poisoning covers as well."""
import torch as th
import triton
import triton.language as tl
from torch import empty_like


@triton.jit
def _add_relu_kernel(x_ptr, b_ptr, out_ptr, n_rows, n_cols, alpha,
                     BLOCK_R: tl.constexpr, BLOCK_C: tl.constexpr):
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    cols = tl.arange(0, BLOCK_C)
    mask = (rows[:, None] < n_rows) & (cols[None, :] < n_cols)
    offs = rows[:, None] * n_cols + cols[None, :]
    x = tl.load(x_ptr + offs, mask=mask).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=cols < n_cols).to(tl.float32)
    y = tl.maximum(x * alpha + b[None, :], 0.0)
    store_mask = (rows[:, None] < n_rows) & (cols[None, :] < n_cols - 1)  # BUG
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=store_mask)


def add_relu(x, b, alpha):
    assert isinstance(th.float32, th.dtype)  # the proxy still is torch
    n_rows, n_cols = x.shape
    out = empty_like(x)
    _add_relu_kernel[(triton.cdiv(n_rows, 16),)](
        x, b, out, n_rows, n_cols, alpha, BLOCK_R=16,
        BLOCK_C=triton.next_power_of_2(n_cols))
    return out
