"""Hand-written, correct kernel module for ref_funcs.py (what py2triton
should generate): same names and parameters, outputs from torch.empty."""
import torch
import triton
import triton.language as tl

BLOCK_R = 16


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
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=mask)


def add_relu(x, b, alpha):
    x = x.contiguous()
    n_rows, n_cols = x.shape
    out = torch.empty(x.shape, dtype=x.dtype, device=x.device)
    grid = (triton.cdiv(n_rows, BLOCK_R),)
    _add_relu_kernel[grid](x, b.contiguous(), out, n_rows, n_cols, alpha,
                           BLOCK_R=BLOCK_R, BLOCK_C=triton.next_power_of_2(n_cols))
    return out


@triton.jit
def _row_sum_kernel(x_ptr, out_ptr, n_rows, n_cols,
                    BLOCK_R: tl.constexpr, BLOCK_C: tl.constexpr):
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    cols = tl.arange(0, BLOCK_C)
    mask = (rows[:, None] < n_rows) & (cols[None, :] < n_cols)
    x = tl.load(x_ptr + rows[:, None] * n_cols + cols[None, :], mask=mask,
                other=0.0).to(tl.float32)
    tl.store(out_ptr + rows, tl.sum(x, axis=1).to(out_ptr.dtype.element_ty),
             mask=rows < n_rows)


def row_sum(x):
    x = x.contiguous()
    n_rows, n_cols = x.shape
    out = torch.empty((n_rows,), dtype=x.dtype, device=x.device)
    _row_sum_kernel[(triton.cdiv(n_rows, BLOCK_R),)](
        x, out, n_rows, n_cols, BLOCK_R=BLOCK_R,
        BLOCK_C=triton.next_power_of_2(n_cols))
    return out


@triton.jit
def _floor_div_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask, other=1)
    q = x // y  # truncates: step down when the signs differ and it is inexact
    q = tl.where(((x % y) != 0) & ((x < 0) != (y < 0)), q - 1, q)
    tl.store(out_ptr + offs, q, mask=mask)


def floor_div(x, y):
    n = x.numel()
    out = torch.empty_like(x)
    _floor_div_kernel[(triton.cdiv(n, 64),)](x, y, out, n, BLOCK=64)
    return out
