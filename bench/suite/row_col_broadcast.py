"""Broadcast: per-column scale and per-row shift (x * row[None, :] + col[:, None])."""
import torch


def row_col_broadcast(x: "f32[8192, 8192]", row: "f32[8192]", col: "f32[8192]"):
    return x * row[None, :] + col[:, None]
