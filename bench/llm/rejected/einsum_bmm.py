import torch


def einsum_bmm(a: "f32[4, 19, 24]", b: "f32[4, 24, 21]"):
    return torch.einsum("bij,bjk->bik", a, b)
