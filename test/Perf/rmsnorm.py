# LLaMA-style RMSNorm in bf16: fp32 statistics, cast back, times the weight.
# REQUIRES: cuda
# RUN: %perf %s
import torch


def rmsnorm(x: "bf16[16384, 4096]", weight: "bf16[4096]"):
    xf = x.float()
    y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + 1e-6)
    return y.to(torch.bfloat16) * weight
