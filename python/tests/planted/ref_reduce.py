"""Reference for planted candidates: reductions. row_sum's input is square,
so summing the wrong axis gives the right shape and wrong values."""
import torch


def row_sum(x: "f32[32, 32]"):
    return x.sum(dim=1)


def long_sum(x: "f32[8, 2048]"):
    return (x * x).sum(dim=-1)
