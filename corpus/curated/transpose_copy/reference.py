import torch


def transpose_copy(x: torch.Tensor) -> torch.Tensor:
    """A contiguous copy of the transpose of a 2-D tensor."""
    return x.t().contiguous()
