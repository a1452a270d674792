import torch


def column_min(x: torch.Tensor) -> torch.Tensor:
    return torch.amin(x, dim=0)
