import torch


def row_mean(x: torch.Tensor) -> torch.Tensor:
    return x.mean(dim=1)
