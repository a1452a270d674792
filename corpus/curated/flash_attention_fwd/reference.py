import torch
import torch.nn.functional as F


def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """q: (B, H, Sq, D), k/v: (B, H, Sk, D) -> softmax(q k^T / sqrt(D)) v."""
    return F.scaled_dot_product_attention(q, k, v)
