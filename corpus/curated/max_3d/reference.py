import torch


def max_dim(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Reduce a 3-D tensor over one axis."""
    return torch.amax(x, dim=dim)
