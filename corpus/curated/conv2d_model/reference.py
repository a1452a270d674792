import torch
import torch.nn as nn


class Model(nn.Module):
    """2-D convolution with stride and zero padding (with bias)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride, padding):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size,
                              stride=stride, padding=padding)

    def forward(self, x):
        return self.conv(x)


batch_size = 2
in_channels = 3
out_channels = 19
height = 17
width = 23
kernel_size = 3
stride = 2
padding = 1


def get_inputs():
    return [torch.randn(batch_size, in_channels, height, width)]


def get_init_inputs():
    return [in_channels, out_channels, kernel_size, stride, padding]
