import torch
import triton
import triton.language as tl


@triton.jit
def ln_fwd_kernel(x_ptr, w_ptr, b_ptr, y_ptr, mean_ptr, rstd_ptr, N, stride_x, stride_y, eps,
                  BLOCK_N: tl.constexpr):
    # One row per program (the row fits in BLOCK_N); saves mean and 1/std
    # for the backward pass.
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
    mean = tl.sum(x, axis=0) / N
    xc = tl.where(mask, x - mean, 0.0)
    rstd = 1.0 / tl.sqrt(tl.sum(xc * xc, axis=0) / N + eps)
    w = tl.load(w_ptr + cols, mask=mask).to(tl.float32)
    b = tl.load(b_ptr + cols, mask=mask).to(tl.float32)
    tl.store(y_ptr + row * stride_y + cols, (xc * rstd * w + b).to(y_ptr.dtype.element_ty),
             mask=mask)
    tl.store(mean_ptr + row, mean)
    tl.store(rstd_ptr + row, rstd)


@triton.jit
def ln_bwd_dx_kernel(x_ptr, w_ptr, dy_ptr, mean_ptr, rstd_ptr, dx_ptr, N,
                     stride_x, stride_dy, stride_dx, BLOCK_N: tl.constexpr):
    # dx = rstd * (g - mean(g) - xhat * mean(g * xhat)),  g = dy * w.
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
    dy = tl.load(dy_ptr + row * stride_dy + cols, mask=mask, other=0.0).to(tl.float32)
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    mean = tl.load(mean_ptr + row)
    rstd = tl.load(rstd_ptr + row)
    xhat = tl.where(mask, (x - mean) * rstd, 0.0)
    g = dy * w
    c1 = tl.sum(xhat * g, axis=0) / N
    c2 = tl.sum(g, axis=0) / N
    dx = (g - (xhat * c1 + c2)) * rstd
    tl.store(dx_ptr + row * stride_dx + cols, dx.to(dx_ptr.dtype.element_ty), mask=mask)


@triton.jit
def ln_bwd_dwdb_kernel(x_ptr, dy_ptr, mean_ptr, rstd_ptr, dw_ptr, db_ptr, M, N,
                       stride_x, stride_dy, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    # dw = sum_rows(dy * xhat), db = sum_rows(dy): a column reduction, one
    # program per BLOCK_N columns walking all rows (deterministic, no atomics).
    cols = tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)
    col_mask = cols < N
    dw = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    db = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for start in range(0, M, BLOCK_M):
        rows = start + tl.arange(0, BLOCK_M)
        row_mask = rows < M
        mask = row_mask[:, None] & col_mask[None, :]
        x = tl.load(x_ptr + rows[:, None] * stride_x + cols[None, :], mask=mask, other=0.0)
        dy = tl.load(dy_ptr + rows[:, None] * stride_dy + cols[None, :], mask=mask, other=0.0)
        mean = tl.load(mean_ptr + rows, mask=row_mask, other=0.0)
        rstd = tl.load(rstd_ptr + rows, mask=row_mask, other=0.0)
        xhat = (x.to(tl.float32) - mean[:, None]) * rstd[:, None]
        dw += dy.to(tl.float32) * xhat
        db += dy.to(tl.float32)
    tl.store(dw_ptr + cols, tl.sum(dw, axis=0).to(dw_ptr.dtype.element_ty), mask=col_mask)
    tl.store(db_ptr + cols, tl.sum(db, axis=0).to(db_ptr.dtype.element_ty), mask=col_mask)


class _LayerNorm(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias, eps):
        shape = x.shape
        N = shape[-1]
        x2 = x.reshape(-1, N).contiguous()
        M = x2.shape[0]
        y = torch.empty_like(x2)
        mean = torch.empty((M,), device=x.device, dtype=torch.float32)
        rstd = torch.empty((M,), device=x.device, dtype=torch.float32)
        BLOCK_N = triton.next_power_of_2(N)
        ln_fwd_kernel[(M,)](x2, weight, bias, y, mean, rstd, N, x2.stride(0), y.stride(0), eps,
                            BLOCK_N=BLOCK_N)
        ctx.save_for_backward(x2, weight, mean, rstd)
        ctx.shape = shape
        return y.reshape(shape)

    @staticmethod
    def backward(ctx, dy):
        x2, weight, mean, rstd = ctx.saved_tensors
        M, N = x2.shape
        dy2 = dy.reshape(M, N).contiguous()
        dx = torch.empty_like(x2)
        dw = torch.empty((N,), device=x2.device, dtype=weight.dtype)
        db = torch.empty((N,), device=x2.device, dtype=weight.dtype)
        BLOCK_N = triton.next_power_of_2(N)
        ln_bwd_dx_kernel[(M,)](x2, weight, dy2, mean, rstd, dx, N,
                               x2.stride(0), dy2.stride(0), dx.stride(0), BLOCK_N=BLOCK_N)
        BLOCK_COLS = 32
        ln_bwd_dwdb_kernel[(triton.cdiv(N, BLOCK_COLS),)](
            x2, dy2, mean, rstd, dw, db, M, N, x2.stride(0), dy2.stride(0),
            BLOCK_M=32, BLOCK_N=BLOCK_COLS)
        return dx.reshape(ctx.shape), dw, db, None


def layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor,
               eps: float = 1e-5) -> torch.Tensor:
    weight = weight.contiguous()
    bias = bias.contiguous()
    return _LayerNorm.apply(x, weight, bias, eps)
