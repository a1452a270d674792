# Fused bias + erf GELU + residual (pointwise, memory-bound, 384 MiB moved).
# REQUIRES: cuda
# RUN: %perf %s
import torch
import torch.nn.functional as F


def bias_gelu_residual(x: "f32[8192, 4096]", bias: "f32[4096]",
                       residual: "f32[8192, 4096]"):
    return F.gelu(x + bias) + residual
