import torch
import torch.nn.functional as F


def cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """logits: (N, C) float, target: (N,) int64 class ids (-100 = ignored)."""
    return F.cross_entropy(logits, target, ignore_index=-100)
