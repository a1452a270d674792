import torch


def sub_bias(x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """x: (M, N), bias: (N,) broadcast over the rows."""
    return x - bias
