import torch
import triton
import triton.language as tl


@triton.jit
def mul_broadcast_kernel(a_ptr, b_ptr, out_ptr, M, N,
                         stride_ab, stride_am, stride_an,
                         stride_bb, stride_bm, stride_bn,
                         stride_ob, stride_om, stride_on,
                         BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    # One program per (batch, row tile, column tile). Broadcast dimensions
    # have stride 0, so the same element is read for every index along them.
    batch = tl.program_id(0)
    rows = tl.program_id(1) * BLOCK_M + tl.arange(0, BLOCK_M)
    cols = tl.program_id(2) * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rows[:, None] < M) & (cols[None, :] < N)
    a = tl.load(a_ptr + batch * stride_ab + rows[:, None] * stride_am + cols[None, :] * stride_an,
                mask=mask)
    b = tl.load(b_ptr + batch * stride_bb + rows[:, None] * stride_bm + cols[None, :] * stride_bn,
                mask=mask)
    out = a.to(tl.float32) * b.to(tl.float32)
    tl.store(out_ptr + batch * stride_ob + rows[:, None] * stride_om + cols[None, :] * stride_on,
             out.to(out_ptr.dtype.element_ty), mask=mask)


def mul_broadcast(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    shape = torch.broadcast_shapes(a.shape, b.shape)
    assert len(shape) == 3
    # expand() gives stride 0 along broadcast dimensions without copying.
    a_e = a.expand(shape)
    b_e = b.expand(shape)
    B, M, N = shape
    out = torch.empty(shape, device=a.device, dtype=torch.result_type(a, b))
    BLOCK_M, BLOCK_N = 16, 32
    grid = (B, triton.cdiv(M, BLOCK_M), triton.cdiv(N, BLOCK_N))
    mul_broadcast_kernel[grid](a_e, b_e, out, M, N,
                               *a_e.stride(), *b_e.stride(), *out.stride(),
                               BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N)
    return out
