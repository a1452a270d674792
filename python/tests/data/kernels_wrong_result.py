"""Wrong results: add_relu subtracts the bias; floor_div uses Triton's
truncating // (wrong for operands of different signs)."""
import torch
import triton
import triton.language as tl

from kernels_ok import row_sum  # noqa: F401  (correct)


@triton.jit
def _add_relu_kernel(x_ptr, b_ptr, out_ptr, n_rows, n_cols, alpha,
                     BLOCK_R: tl.constexpr, BLOCK_C: tl.constexpr):
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    cols = tl.arange(0, BLOCK_C)
    mask = (rows[:, None] < n_rows) & (cols[None, :] < n_cols)
    offs = rows[:, None] * n_cols + cols[None, :]
    x = tl.load(x_ptr + offs, mask=mask).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=cols < n_cols).to(tl.float32)
    y = tl.maximum(x * alpha - b[None, :], 0.0)  # BUG: - instead of +
    tl.store(out_ptr + offs, y.to(out_ptr.dtype.element_ty), mask=mask)


def add_relu(x, b, alpha):
    n_rows, n_cols = x.shape
    out = torch.empty_like(x)
    _add_relu_kernel[(triton.cdiv(n_rows, 16),)](
        x, b, out, n_rows, n_cols, alpha, BLOCK_R=16,
        BLOCK_C=triton.next_power_of_2(n_cols))
    return out


@triton.jit
def _floor_div_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask, other=1)
    tl.store(out_ptr + offs, x // y, mask=mask)  # BUG: truncating division


def floor_div(x, y):
    n = x.numel()
    out = torch.empty_like(x)
    _floor_div_kernel[(triton.cdiv(n, 64),)](x, y, out, n, BLOCK=64)
    return out
