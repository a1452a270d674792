# nn activation modules in a KernelBench Model: each module forwards its
# constructor arguments to the functional form.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, slope):
        super().__init__()
        self.acts = nn.Sequential(
            nn.ReLU(), nn.ReLU6(inplace=True), nn.GELU(approximate="tanh"),
            nn.SiLU(), nn.Sigmoid(), nn.Tanh(), nn.LeakyReLU(slope),
            nn.ELU(alpha=0.5), nn.CELU(2.0), nn.SELU(), nn.Softplus(beta=2.0),
            nn.Softsign(), nn.Mish(), nn.Hardswish(), nn.Hardsigmoid(),
            nn.Hardtanh(-0.5, 0.5), nn.Hardshrink(0.1), nn.Softshrink(),
            nn.Tanhshrink(), nn.LogSigmoid(), nn.Threshold(0.1, 20.0),
            nn.Identity(), nn.Dropout(0.3))

    def forward(self, x):
        return self.acts(x)


def get_inputs():
    return [torch.randn(6, 10)]


def get_init_inputs():
    return [0.05]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<6x10xf32> {py.name = "x"}) -> tensor<6x10xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[RELU6:.*]] = py.relu6 %[[RELU]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[GELU:.*]] = py.gelu %[[RELU6]] {approximate = "tanh"} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SILU:.*]] = py.silu %[[GELU]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %[[SILU]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %[[SIGMOID]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[LEAKY_RELU:.*]] = py.leaky_relu %[[TANH]] {negative_slope = 5.000000e-02 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[ELU:.*]] = py.elu %[[LEAKY_RELU]] {alpha = 5.000000e-01 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[CELU:.*]] = py.celu %[[ELU]] {alpha = 2.000000e+00 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SELU:.*]] = py.selu %[[CELU]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SOFTPLUS:.*]] = py.softplus %[[SELU]] {beta = 2.000000e+00 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SOFTSIGN:.*]] = py.softsign %[[SOFTPLUS]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[MISH:.*]] = py.mish %[[SOFTSIGN]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[HARDSWISH:.*]] = py.hardswish %[[MISH]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[HARDSIGMOID:.*]] = py.hardsigmoid %[[HARDSWISH]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[HARDTANH:.*]] = py.hardtanh %[[HARDSIGMOID]] {max_val = 5.000000e-01 : f64, min_val = -5.000000e-01 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[HARDSHRINK:.*]] = py.hardshrink %[[HARDTANH]] {lambd = 1.000000e-01 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SOFTSHRINK:.*]] = py.softshrink %[[HARDSHRINK]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[TANHSHRINK:.*]] = py.tanhshrink %[[SOFTSHRINK]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[LOG_SIGMOID:.*]] = py.log_sigmoid %[[TANHSHRINK]] : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[THRESHOLD:.*]] = py.threshold %[[LOG_SIGMOID]] {threshold = 1.000000e-01 : f64, value = 2.000000e+01 : f64} : tensor<6x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: return %[[THRESHOLD]] : tensor<6x10xf32>
