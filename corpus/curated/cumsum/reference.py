import torch


def cumsum(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Inclusive prefix sum of a 2-D tensor along dim (0 or 1)."""
    return torch.cumsum(x, dim=dim)
