import torch
import torch.nn.functional as F


def add_layer_norm(x: torch.Tensor, residual: torch.Tensor, weight: torch.Tensor,
                   bias: torch.Tensor, eps: float = 1e-5):
    """Pre-norm transformer block step (no dropout): returns the updated
    residual stream h = x + residual and LayerNorm(h)."""
    h = x + residual
    return h, F.layer_norm(h, (h.shape[-1],), weight, bias, eps)
