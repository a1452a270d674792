import torch


def mean_dim(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Reduce a 3-D tensor over one axis."""
    return x.mean(dim=dim)
