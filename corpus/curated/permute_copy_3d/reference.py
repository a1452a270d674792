import torch


def permute_copy(x: torch.Tensor) -> torch.Tensor:
    """(A, B, C) -> contiguous (C, A, B)."""
    return x.permute(2, 0, 1).contiguous()
