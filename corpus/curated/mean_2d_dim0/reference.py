import torch


def column_mean(x: torch.Tensor) -> torch.Tensor:
    return x.mean(dim=0, keepdim=True)
