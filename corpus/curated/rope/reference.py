import torch


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary position embedding, "rotate half" layout (GPT-NeoX, HF LLaMA).

    x: (B, S, H, D) with D even; cos, sin: (S, D // 2) fp32 tables. The pair
    (x[..., i], x[..., i + D/2]) is rotated by the angle of position s and
    frequency i. Computed in fp32, rounded once to x's dtype.
    """
    half = x.shape[-1] // 2
    xf = x.float()
    x1, x2 = xf[..., :half], xf[..., half:]
    c = cos[None, :, None, :]
    s = sin[None, :, None, :]
    out = torch.cat([x1 * c - x2 * s, x1 * s + x2 * c], dim=-1)
    return out.to(x.dtype)
