import torch


def tril_mask(x: "f32[45, 45]"):
    return torch.tril(x)
