import torch
import triton
import triton.language as tl


@triton.jit
def div_kernel(a_ptr, b_ptr, out_ptr, M, N,
               stride_am, stride_an, stride_bm, stride_bn, stride_om, stride_on,
               BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * BLOCK_M + tl.arange(0, BLOCK_M)
    cols = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rows[:, None] < M) & (cols[None, :] < N)
    # other=1.0 keeps the masked-off lanes finite (no 0/0).
    a = tl.load(a_ptr + rows[:, None] * stride_am + cols[None, :] * stride_an, mask=mask, other=1.0)
    b = tl.load(b_ptr + rows[:, None] * stride_bm + cols[None, :] * stride_bn, mask=mask, other=1.0)
    out = a.to(tl.float32) / b.to(tl.float32)
    tl.store(out_ptr + rows[:, None] * stride_om + cols[None, :] * stride_on,
             out.to(out_ptr.dtype.element_ty), mask=mask)


def divide(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    assert a.shape == b.shape and a.dim() == 2
    M, N = a.shape
    out = torch.empty((M, N), device=a.device, dtype=a.dtype)
    BLOCK_M, BLOCK_N = 32, 32
    grid = (triton.cdiv(M, BLOCK_M), triton.cdiv(N, BLOCK_N))
    div_kernel[grid](a, b, out, M, N,
                     a.stride(0), a.stride(1), b.stride(0), b.stride(1),
                     out.stride(0), out.stride(1),
                     BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N)
    return out
