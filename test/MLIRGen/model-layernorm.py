# nn.LayerNorm / nn.RMSNorm modules: weight and bias become parameters of
# the normalized shape; elementwise_affine=False has none.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, normalized_shape, hidden):
        super().__init__()
        self.ln = nn.LayerNorm(normalized_shape, eps=1e-6)
        self.ln_plain = nn.LayerNorm(hidden, elementwise_affine=False)
        self.ln_nobias = nn.LayerNorm(hidden, bias=False)
        self.rms = nn.RMSNorm([hidden], eps=1e-5)

    def forward(self, x):
        y = self.ln(x)
        return self.rms(self.ln_nobias(self.ln_plain(y)))


batch_size = 4
features = 8
hidden = 32


def get_inputs():
    return [torch.randn(batch_size, features, hidden)]


def get_init_inputs():
    return [(features, hidden), hidden]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<8x32xf32> {py.name = "ln.weight", py.param}, %arg1: tensor<8x32xf32> {py.name = "ln.bias", py.param}, %arg2: tensor<32xf32> {py.name = "ln_nobias.weight", py.param}, %arg3: tensor<32xf32> {py.name = "rms.weight", py.param}, %arg4: tensor<4x8x32xf32> {py.name = "x"}) -> tensor<4x8x32xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[LAYER_NORM:.*]] = py.layer_norm %arg4 weight %arg0 bias %arg1 {eps = 9.9999999999999995E-7 : f64, normalized_shape = array<i64: 8, 32>} : (tensor<4x8x32xf32>, tensor<8x32xf32>, tensor<8x32xf32>) -> tensor<4x8x32xf32>
# CHECK-NEXT: %[[LAYER_NORM1:.*]] = py.layer_norm %[[LAYER_NORM]] {normalized_shape = array<i64: 32>} : (tensor<4x8x32xf32>) -> tensor<4x8x32xf32>
# CHECK-NEXT: %[[LAYER_NORM2:.*]] = py.layer_norm %[[LAYER_NORM1]] weight %arg2 {normalized_shape = array<i64: 32>} : (tensor<4x8x32xf32>, tensor<32xf32>) -> tensor<4x8x32xf32>
# CHECK-NEXT: %[[RMS_NORM:.*]] = py.rms_norm %[[LAYER_NORM2]] weight %arg3 {eps = 1.000000e-05 : f64, normalized_shape = array<i64: 32>} : (tensor<4x8x32xf32>, tensor<32xf32>) -> tensor<4x8x32xf32>
# CHECK-NEXT: return %[[RMS_NORM]] : tensor<4x8x32xf32>
