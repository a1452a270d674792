"""Elementwise example: a fused bias + GELU + residual, typed by annotations."""
import torch
import torch.nn.functional as F


def bias_gelu_residual(x: "f32[N, 1000]", bias: "f32[1000]",
                       residual: "f32[N, 1000]") -> torch.Tensor:
    """Returns gelu(x + bias) * 0.5 + residual."""
    y = F.gelu(x + bias)
    return y * 0.5 + residual
