"""Reference for the checker's tests: plain functions typed by annotations.

COLS is an int module constant, so it is a static dim; N is dynamic.
"""
import torch

COLS = 100


def add_relu(x: "f32[N, COLS]", b: "f32[COLS]", alpha: float):
    return torch.relu(x * alpha + b)


def row_sum(x: "f32[N, 48]"):
    return x.sum(dim=-1)


def floor_div(x: "i64[N]", y: "i64[N]"):
    # Python semantics: rounds towards -inf (Triton's // truncates).
    return x // y
