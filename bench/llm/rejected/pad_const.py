import torch
import torch.nn.functional as F


def pad_const(x: "f32[33, 47]"):
    return F.pad(x, (2, 3), value=0.5)
