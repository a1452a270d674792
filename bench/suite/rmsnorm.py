"""RMSNorm as written in LLaMA-style code, in bf16 (statistics in fp32)."""
import torch


def rmsnorm(x: "bf16[16384, 4096]", weight: "bf16[4096]"):
    h = x.float()
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + 1e-6)
    return h.to(torch.bfloat16) * weight
