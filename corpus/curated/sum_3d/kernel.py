import torch
import triton
import triton.language as tl


@triton.jit
def sum_middle_kernel(x_ptr, out_ptr, R, Q, stride_p, stride_r, stride_q,
                      BLOCK_R: tl.constexpr, BLOCK_Q: tl.constexpr):
    # x is viewed as (P, R, Q) and reduced over R. One program per
    # (p, block of BLOCK_Q columns q); the loop walks R.
    p = tl.program_id(0)
    q = tl.program_id(1) * BLOCK_Q + tl.arange(0, BLOCK_Q)
    q_mask = q < Q
    base = x_ptr + p * stride_p
    acc = tl.zeros((BLOCK_R, BLOCK_Q), dtype=tl.float32)
    for start in range(0, R, BLOCK_R):
        r = start + tl.arange(0, BLOCK_R)
        mask = (r[:, None] < R) & q_mask[None, :]
        x = tl.load(base + r[:, None] * stride_r + q[None, :] * stride_q, mask=mask, other=0.0)
        acc += x.to(tl.float32)
    total = tl.sum(acc, axis=0)
    tl.store(out_ptr + p * Q + q, total.to(out_ptr.dtype.element_ty), mask=q_mask)


def sum_dim(x: torch.Tensor, dim: int) -> torch.Tensor:
    assert x.dim() == 3
    # Move the reduced axis to the middle: (P, R, Q) with x's own strides, so
    # any layout (transposed, sliced) is read in place.
    xv = x.movedim(dim, 1)
    P, R, Q = xv.shape
    out = torch.empty((P, Q), device=x.device, dtype=x.dtype)
    # About 1024 elements per chunk: up to 64 columns q, the rest along R.
    BLOCK_Q = min(64, triton.next_power_of_2(Q))
    BLOCK_R = max(16, 1024 // BLOCK_Q)
    grid = (P, triton.cdiv(Q, BLOCK_Q))
    sum_middle_kernel[grid](xv, out, R, Q, *xv.stride(),
                            BLOCK_R=BLOCK_R, BLOCK_Q=BLOCK_Q)
    return out
