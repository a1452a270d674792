import torch
import triton
import triton.language as tl


@triton.jit
def rms_fwd_kernel(x_ptr, w_ptr, y_ptr, rstd_ptr, N, stride_x, stride_y, eps,
                   BLOCK_N: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
    rstd = tl.math.rsqrt(tl.sum(x * x, axis=0) / N + eps)
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    tl.store(y_ptr + row * stride_y + cols, (x * rstd * w).to(y_ptr.dtype.element_ty), mask=mask)
    tl.store(rstd_ptr + row, rstd)


@triton.jit
def rms_bwd_kernel(x_ptr, w_ptr, dy_ptr, rstd_ptr, dx_ptr, dw_partial_ptr, M, N,
                   stride_x, stride_dy, stride_dx, ROWS_PER_PROGRAM: tl.constexpr,
                   BLOCK_N: tl.constexpr):
    # Each program handles ROWS_PER_PROGRAM consecutive rows: it writes their
    # dx = rstd * (g - xhat * mean(g * xhat)), g = dy * w, xhat = x * rstd,
    # and one row of partial dw = sum(dy * xhat) over its rows.
    pid = tl.program_id(0)
    cols = tl.arange(0, BLOCK_N)
    mask = cols < N
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    dw = tl.zeros((BLOCK_N,), dtype=tl.float32)
    row_start = pid * ROWS_PER_PROGRAM
    for row in range(row_start, tl.minimum(row_start + ROWS_PER_PROGRAM, M)):
        x = tl.load(x_ptr + row * stride_x + cols, mask=mask, other=0.0).to(tl.float32)
        dy = tl.load(dy_ptr + row * stride_dy + cols, mask=mask, other=0.0).to(tl.float32)
        rstd = tl.load(rstd_ptr + row)
        xhat = x * rstd
        g = dy * w
        dx = (g - xhat * (tl.sum(g * xhat, axis=0) / N)) * rstd
        tl.store(dx_ptr + row * stride_dx + cols, dx.to(dx_ptr.dtype.element_ty), mask=mask)
        dw += dy * xhat
    tl.store(dw_partial_ptr + pid * N + cols, dw, mask=mask)


@triton.jit
def sum_partials_kernel(partial_ptr, out_ptr, P, N, BLOCK_P: tl.constexpr,
                        BLOCK_N: tl.constexpr):
    # out[n] = sum_p partial[p, n]: column sums of the (P, N) partials.
    cols = tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, P, BLOCK_P):
        rows = start + tl.arange(0, BLOCK_P)
        mask = (rows[:, None] < P) & (cols[None, :] < N)
        acc += tl.sum(tl.load(partial_ptr + rows[:, None] * N + cols[None, :], mask=mask,
                              other=0.0), axis=0)
    tl.store(out_ptr + cols, acc.to(out_ptr.dtype.element_ty), mask=cols < N)


class _RMSNorm(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, eps):
        shape = x.shape
        N = shape[-1]
        x2 = x.reshape(-1, N).contiguous()
        M = x2.shape[0]
        y = torch.empty_like(x2)
        rstd = torch.empty((M,), device=x.device, dtype=torch.float32)
        rms_fwd_kernel[(M,)](x2, weight, y, rstd, N, x2.stride(0), y.stride(0), eps,
                             BLOCK_N=triton.next_power_of_2(N))
        ctx.save_for_backward(x2, weight, rstd)
        ctx.shape = shape
        return y.reshape(shape)

    @staticmethod
    def backward(ctx, dy):
        x2, weight, rstd = ctx.saved_tensors
        M, N = x2.shape
        dy2 = dy.reshape(M, N).contiguous()
        dx = torch.empty_like(x2)
        ROWS_PER_PROGRAM = 8
        P = triton.cdiv(M, ROWS_PER_PROGRAM)
        dw_partial = torch.empty((P, N), device=x2.device, dtype=torch.float32)
        BLOCK_N = triton.next_power_of_2(N)
        rms_bwd_kernel[(P,)](x2, weight, dy2, rstd, dx, dw_partial, M, N,
                             x2.stride(0), dy2.stride(0), dx.stride(0),
                             ROWS_PER_PROGRAM=ROWS_PER_PROGRAM, BLOCK_N=BLOCK_N)
        dw = torch.empty((N,), device=x2.device, dtype=weight.dtype)
        sum_partials_kernel[(triton.cdiv(N, 64),)](dw_partial, dw, P, N, BLOCK_P=16, BLOCK_N=64)
        return dx.reshape(ctx.shape), dw, None


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    return _RMSNorm.apply(x, weight.contiguous(), eps)
