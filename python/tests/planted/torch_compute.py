"""PLANTED: computes with torch ops and launches no kernel."""
import torch


def scale_shift(x):
    return torch.add(x * 2.0, 1.0)  # BUG: torch, not Triton
