import torch
import triton
import triton.language as tl


@triton.jit
def _mul(a, b):
    return a * b


@triton.jit
def cumprod_kernel(x_ptr, out_ptr, L, stride_xm, stride_om, BLOCK_L: tl.constexpr):
    # One program per row; chunks of BLOCK_L scanned with tl.associative_scan
    # (multiplication) and scaled by the product of all earlier chunks.
    row = tl.program_id(0)
    carry = tl.full((), 1.0, dtype=tl.float32)
    for start in range(0, L, BLOCK_L):
        pos = start + tl.arange(0, BLOCK_L)
        mask = pos < L
        # other=1.0: padding lanes are the identity of the product.
        x = tl.load(x_ptr + row * stride_xm + pos, mask=mask, other=1.0).to(tl.float32)
        y = tl.associative_scan(x, 0, _mul) * carry
        tl.store(out_ptr + row * stride_om + pos, y.to(out_ptr.dtype.element_ty), mask=mask)
        carry = carry * tl.reduce(x, 0, _mul)


def cumprod(x: torch.Tensor) -> torch.Tensor:
    shape = x.shape
    x2 = x.reshape(-1, shape[-1])
    if x2.stride(-1) != 1:
        x2 = x2.contiguous()
    out = torch.empty(x2.shape, device=x.device, dtype=x.dtype)
    cumprod_kernel[(x2.shape[0],)](x2, out, x2.shape[1], x2.stride(0), out.stride(0), BLOCK_L=64)
    return out.reshape(shape)
