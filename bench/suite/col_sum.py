"""Reduction: sum over the outer dim (column sums, strided reduction)."""
import torch


def col_sum(x: "f32[8192, 8192]"):
    return x.sum(dim=0)
