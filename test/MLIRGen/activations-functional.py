# torch.nn.functional activations, with their attributes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @plain(
# CHECK-SAME: %arg0: tensor<8x16xf32> {py.name = "x"}) -> (tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>) {
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[RELU6:.*]] = py.relu6 %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[SILU:.*]] = py.silu %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[MISH:.*]] = py.mish %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[SELU:.*]] = py.selu %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[HARDSIGMOID:.*]] = py.hardsigmoid %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[HARDSWISH:.*]] = py.hardswish %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[SOFTSIGN:.*]] = py.softsign %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[TANHSHRINK:.*]] = py.tanhshrink %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[LOG_SIGMOID:.*]] = py.log_sigmoid %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
# CHECK-NEXT: return %[[RELU]], %[[RELU6]], %[[SILU]], %[[MISH]], %[[SELU]], %[[HARDSIGMOID]], %[[HARDSWISH]], %[[SOFTSIGN]], %[[TANHSHRINK]], %[[LOG_SIGMOID]], %[[TANH]], %[[SIGMOID]] : tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>
def plain(x: "f32[8, 16]"):
    return (F.relu(x), F.relu6(x), F.silu(x), F.mish(x), F.selu(x),
            F.hardsigmoid(x), F.hardswish(x), F.softsign(x), F.tanhshrink(x),
            F.logsigmoid(x), F.tanh(x), F.sigmoid(x))


# CHECK-LABEL: func.func @with_defaults(
# CHECK-SAME: %arg0: tensor<4x4xf16> {py.name = "x"}) -> (tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>) {
# CHECK-NEXT: %[[GELU:.*]] = py.gelu %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[ELU:.*]] = py.elu %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[CELU:.*]] = py.celu %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[SOFTPLUS:.*]] = py.softplus %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[LEAKY_RELU:.*]] = py.leaky_relu %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[HARDTANH:.*]] = py.hardtanh %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[HARDSHRINK:.*]] = py.hardshrink %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: %[[SOFTSHRINK:.*]] = py.softshrink %arg0 : tensor<4x4xf16> -> tensor<4x4xf16>
# CHECK-NEXT: return %[[GELU]], %[[ELU]], %[[CELU]], %[[SOFTPLUS]], %[[LEAKY_RELU]], %[[HARDTANH]], %[[HARDSHRINK]], %[[SOFTSHRINK]] : tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>, tensor<4x4xf16>
def with_defaults(x: "f16[4, 4]"):
    return (F.gelu(x), F.elu(x), F.celu(x), F.softplus(x), F.leaky_relu(x),
            F.hardtanh(x), F.hardshrink(x), F.softshrink(x))


# CHECK-LABEL: func.func @with_arguments(
# CHECK-SAME: %arg0: tensor<10xf32> {py.name = "x"}) -> (tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>) {
# CHECK-NEXT: %[[GELU:.*]] = py.gelu %arg0 {approximate = "tanh"} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[ELU:.*]] = py.elu %arg0 {alpha = 5.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CELU:.*]] = py.celu %arg0 {alpha = 2.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[SOFTPLUS:.*]] = py.softplus %arg0 {beta = 2.000000e+00 : f64, threshold = 1.000000e+01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[LEAKY_RELU:.*]] = py.leaky_relu %arg0 {negative_slope = 2.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[HARDTANH:.*]] = py.hardtanh %arg0 {max_val = 3.000000e+00 : f64, min_val = -2.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[HARDSHRINK:.*]] = py.hardshrink %arg0 {lambd = 3.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[SOFTSHRINK:.*]] = py.softshrink %arg0 {lambd = 1.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[THRESHOLD:.*]] = py.threshold %arg0 {threshold = 5.000000e-01 : f64, value = -1.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: return %[[GELU]], %[[ELU]], %[[CELU]], %[[SOFTPLUS]], %[[LEAKY_RELU]], %[[HARDTANH]], %[[HARDSHRINK]], %[[SOFTSHRINK]], %[[THRESHOLD]], %[[RELU]] : tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>
def with_arguments(x: "f32[10]"):
    return (F.gelu(x, approximate="tanh"), F.elu(x, alpha=0.5),
            F.celu(x, 2.0), F.softplus(x, beta=2, threshold=10),
            F.leaky_relu(x, 0.2), F.hardtanh(x, -2.0, 3.0),
            F.hardshrink(x, lambd=0.3), F.softshrink(x, 0.1),
            F.threshold(x, 0.5, -1.0), F.relu(x, inplace=False))


# CHECK-LABEL: func.func @torch_namespace(
# CHECK-SAME: %arg0: tensor<3xf32> {py.name = "x"}) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
# CHECK-NEXT: %[[SELU:.*]] = py.selu %arg0 : tensor<3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[CELU:.*]] = py.celu %arg0 {alpha = 1.500000e+00 : f64} : tensor<3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[THRESHOLD:.*]] = py.threshold %arg0 {threshold = 1.000000e+00 : f64, value = 2.000000e+00 : f64} : tensor<3xf32> -> tensor<3xf32>
# CHECK-NEXT: return %[[SELU]], %[[CELU]], %[[THRESHOLD]] : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
def torch_namespace(x: "f32[3]"):
    return torch.selu(x), torch.celu(x, alpha=1.5), torch.threshold(x, 1, 2)
