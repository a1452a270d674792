import torch


def column_sum(x: torch.Tensor) -> torch.Tensor:
    return x.sum(dim=0)
