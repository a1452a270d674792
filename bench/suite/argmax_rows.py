"""Reduction: argmax over the last dim (greedy decoding over a vocabulary)."""
import torch


def argmax_rows(logits: "f32[2048, 32000]"):
    return torch.argmax(logits, dim=-1)
