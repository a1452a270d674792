import torch
import triton
import triton.language as tl


@triton.jit
def avg_pool2d_kernel(x_ptr, out_ptr, C, H, W, OH, OW,
                      stride_xn, stride_xc, stride_xh, stride_xw,
                      KH: tl.constexpr, KW: tl.constexpr, STRIDE: tl.constexpr,
                      PAD: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_W: tl.constexpr):
    # Grid: (N * C planes, tiles of BLOCK_H x BLOCK_W output pixels). Sum the
    # taps that fall inside the image and divide by their number
    # (count_include_pad=False).
    plane = tl.program_id(0)
    n = plane // C
    c = plane % C
    tiles_w = tl.cdiv(OW, BLOCK_W)
    oh = (tl.program_id(1) // tiles_w) * BLOCK_H + tl.arange(0, BLOCK_H)[:, None]
    ow = (tl.program_id(1) % tiles_w) * BLOCK_W + tl.arange(0, BLOCK_W)[None, :]
    out_mask = (oh < OH) & (ow < OW)
    base = x_ptr + n * stride_xn + c * stride_xc
    total = tl.zeros((BLOCK_H, BLOCK_W), dtype=tl.float32)
    count = tl.zeros((BLOCK_H, BLOCK_W), dtype=tl.float32)
    for kh in tl.static_range(KH):
        ih = oh * STRIDE - PAD + kh
        for kw in tl.static_range(KW):
            iw = ow * STRIDE - PAD + kw
            inside = out_mask & (ih >= 0) & (ih < H) & (iw >= 0) & (iw < W)
            v = tl.load(base + ih * stride_xh + iw * stride_xw, mask=inside, other=0.0)
            total += v.to(tl.float32)
            count += inside.to(tl.float32)
    avg = total / tl.maximum(count, 1.0)
    tl.store(out_ptr + plane * OH * OW + oh * OW + ow, avg.to(out_ptr.dtype.element_ty),
             mask=out_mask)


def avg_pool2d(x: torch.Tensor) -> torch.Tensor:
    KH = KW = 3
    STRIDE, PAD = 2, 1
    N, C, H, W = x.shape
    OH = (H + 2 * PAD - KH) // STRIDE + 1
    OW = (W + 2 * PAD - KW) // STRIDE + 1
    out = torch.empty((N, C, OH, OW), device=x.device, dtype=x.dtype)
    BLOCK_H, BLOCK_W = 8, 16
    grid = (N * C, triton.cdiv(OH, BLOCK_H) * triton.cdiv(OW, BLOCK_W))
    avg_pool2d_kernel[grid](x, out, C, H, W, OH, OW, *x.stride(),
                            KH=KH, KW=KW, STRIDE=STRIDE, PAD=PAD,
                            BLOCK_H=BLOCK_H, BLOCK_W=BLOCK_W)
    return out
