import torch


def column_max(x: torch.Tensor) -> torch.Tensor:
    return x.max(dim=0).values
