import torch
import triton
import triton.language as tl


@triton.jit
def sub_bias_kernel(x_ptr, b_ptr, out_ptr, M, N,
                    stride_xm, stride_xn, stride_b, stride_om, stride_on,
                    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rows = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    cols = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rows[:, None] < M) & (cols[None, :] < N)
    x = tl.load(x_ptr + rows[:, None] * stride_xm + cols[None, :] * stride_xn, mask=mask)
    # The bias row is loaded once per tile and broadcast over its rows.
    b = tl.load(b_ptr + cols * stride_b, mask=cols < N)
    out = x.to(tl.float32) - b.to(tl.float32)[None, :]
    tl.store(out_ptr + rows[:, None] * stride_om + cols[None, :] * stride_on,
             out.to(out_ptr.dtype.element_ty), mask=mask)


def sub_bias(x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    M, N = x.shape
    assert bias.shape == (N,)
    out = torch.empty((M, N), device=x.device, dtype=x.dtype)
    BLOCK_M, BLOCK_N = 16, 64
    grid = (triton.cdiv(M, BLOCK_M), triton.cdiv(N, BLOCK_N))
    sub_bias_kernel[grid](x, bias, out, M, N,
                          x.stride(0), x.stride(1), bias.stride(0),
                          out.stride(0), out.stride(1),
                          BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N)
    return out
