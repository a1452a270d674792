"""Pointwise: SwiGLU gate, silu(gate) * up, in bf16."""
import torch
import torch.nn.functional as F


def swiglu(gate: "bf16[8192, 8192]", up: "bf16[8192, 8192]"):
    return F.silu(gate) * up
