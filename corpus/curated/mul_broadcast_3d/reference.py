import torch


def mul_broadcast(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """a: (B, 1, N), b: (M, 1) -> (B, M, N) by broadcasting."""
    return a * b
