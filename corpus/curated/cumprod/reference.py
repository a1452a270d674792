import torch


def cumprod(x: torch.Tensor) -> torch.Tensor:
    return torch.cumprod(x, dim=-1)
