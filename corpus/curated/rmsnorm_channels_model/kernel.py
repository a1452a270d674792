import torch
import torch.nn as nn
import triton
import triton.language as tl


@triton.jit
def rms_norm_channels_kernel(x_ptr, y_ptr, C, HW, stride_xn, stride_xc, stride_xs,
                             stride_yn, stride_yc, stride_ys, eps,
                             BLOCK_C: tl.constexpr, BLOCK_S: tl.constexpr):
    # Reduction over a non-last dimension: x is (N, C, S = H*W). Each program
    # owns BLOCK_S spatial positions of one image and all C channels (a
    # (BLOCK_C, BLOCK_S) tile, contiguous along S), reducing over axis 0.
    n = tl.program_id(0)
    s = tl.program_id(1) * BLOCK_S + tl.arange(0, BLOCK_S)
    c = tl.arange(0, BLOCK_C)
    mask = (c[:, None] < C) & (s[None, :] < HW)
    x = tl.load(x_ptr + n * stride_xn + c[:, None] * stride_xc + s[None, :] * stride_xs,
                mask=mask, other=0.0).to(tl.float32)
    rms = tl.sqrt(tl.sum(x * x, axis=0) / C + eps)
    y = x / rms[None, :]
    tl.store(y_ptr + n * stride_yn + c[:, None] * stride_yc + s[None, :] * stride_ys,
             y.to(y_ptr.dtype.element_ty), mask=mask)


class ModelNew(nn.Module):
    def __init__(self, num_features: int, eps: float = 1e-5):
        super().__init__()
        self.num_features = num_features
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        N, C = x.shape[:2]
        x3 = x.reshape(N, C, -1)  # a view when H and W are contiguous with each other
        HW = x3.shape[2]
        y = torch.empty((N, C, HW), device=x.device, dtype=x.dtype)
        BLOCK_C = triton.next_power_of_2(C)
        BLOCK_S = max(1, min(64, 4096 // BLOCK_C))
        grid = (N, triton.cdiv(HW, BLOCK_S))
        rms_norm_channels_kernel[grid](x3, y, C, HW, *x3.stride(), *y.stride(), self.eps,
                                       BLOCK_C=BLOCK_C, BLOCK_S=BLOCK_S)
        return y.reshape(x.shape)
