"""LayerNorm over the hidden dim with weight and bias, in bf16."""
import torch
import torch.nn.functional as F


def layernorm(x: "bf16[16384, 4096]", weight: "bf16[4096]", bias: "bf16[4096]"):
    return F.layer_norm(x, (4096,), weight, bias, eps=1e-5)
