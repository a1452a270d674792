import torch


def sum_dim(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Reduce a 3-D tensor over one axis."""
    return x.sum(dim=dim)
