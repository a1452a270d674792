import torch


def newton_schulz_step(X: torch.Tensor, a: float = 3.4445, b: float = -4.7750,
                       c: float = 2.0315) -> torch.Tensor:
    """One quintic Newton-Schulz iteration (as in the Muon optimizer), which
    pushes the singular values of X towards 1: X <- a X + (b A + c A^2) X
    with A = X X^T. X: (m, n), m <= n, normalised (spectral norm <= 1)."""
    A = X @ X.mT
    B = b * A + c * (A @ A)
    return a * X + B @ X
