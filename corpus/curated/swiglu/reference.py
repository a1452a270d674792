import torch
import torch.nn.functional as F


def swiglu(x: torch.Tensor) -> torch.Tensor:
    """x: (..., 2 * H), gate and up projections side by side -> (..., H)."""
    gate, up = x.chunk(2, dim=-1)
    return F.silu(gate) * up
