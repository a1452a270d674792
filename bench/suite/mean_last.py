"""Reduction: mean over the last dim in bf16."""
import torch


def mean_last(x: "bf16[16384, 4096]"):
    return x.mean(dim=-1)
