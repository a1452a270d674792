import torch
import torch.nn.functional as F


def causal_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """q: (B, H, Sq, D), k/v: (B, H, Sk, D); query i attends to keys 0..i."""
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)
