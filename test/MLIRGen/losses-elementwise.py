# Elementwise losses: reduction 'mean' / 'sum' give 0-d results, 'none'
# keeps the broadcast shape; options become attributes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @regression(
# CHECK-SAME: %arg0: tensor<8x4xf32> {py.name = "x"}, %arg1: tensor<8x4xf32> {py.name = "y"}) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<8x4xf32>) {
# CHECK-NEXT: %[[MSE_LOSS:.*]] = py.mse_loss %arg0, %arg1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<f32>
# CHECK-NEXT: %[[L1_LOSS:.*]] = py.l1_loss %arg0, %arg1 {reduction = "sum"} : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<f32>
# CHECK-NEXT: %[[SMOOTH_L1_LOSS:.*]] = py.smooth_l1_loss %arg0, %arg1 {beta = 5.000000e-01 : f64} : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<f32>
# CHECK-NEXT: %[[HUBER_LOSS:.*]] = py.huber_loss %arg0, %arg1 {delta = 2.000000e+00 : f64, reduction = "none"} : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: return %[[MSE_LOSS]], %[[L1_LOSS]], %[[SMOOTH_L1_LOSS]], %[[HUBER_LOSS]] : tensor<f32>, tensor<f32>, tensor<f32>, tensor<8x4xf32>
def regression(x: "f32[8, 4]", y: "f32[8, 4]"):
    return (F.mse_loss(x, y), F.l1_loss(x, y, reduction="sum"),
            F.smooth_l1_loss(x, y, beta=0.5), F.huber_loss(x, y, reduction="none", delta=2.0))


# CHECK-LABEL: func.func @probabilities(
# CHECK-SAME: %arg0: tensor<16xf32> {py.name = "p"}, %arg1: tensor<16xf32> {py.name = "t"}, %arg2: tensor<16xf32> {py.name = "logits"}) -> (tensor<f32>, tensor<16xf32>, tensor<f32>, tensor<f32>) {
# CHECK-NEXT: %[[BINARY_CROSS_ENTROPY:.*]] = py.binary_cross_entropy %arg0, %arg1 : (tensor<16xf32>, tensor<16xf32>) -> tensor<f32>
# CHECK-NEXT: %[[BINARY_CROSS_ENTROPY_WITH_LOGITS:.*]] = py.binary_cross_entropy_with_logits %arg2, %arg1 {reduction = "none"} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
# CHECK-NEXT: %[[LOG:.*]] = py.log %arg0 : tensor<16xf32> -> tensor<16xf32>
# CHECK-NEXT: %[[KL_DIV:.*]] = py.kl_div %[[LOG]], %arg1 {reduction = "batchmean"} : (tensor<16xf32>, tensor<16xf32>) -> tensor<f32>
# CHECK-NEXT: %[[KL_DIV1:.*]] = py.kl_div %arg0, %arg1 {log_target = true, reduction = "sum"} : (tensor<16xf32>, tensor<16xf32>) -> tensor<f32>
# CHECK-NEXT: return %[[BINARY_CROSS_ENTROPY]], %[[BINARY_CROSS_ENTROPY_WITH_LOGITS]], %[[KL_DIV]], %[[KL_DIV1]] : tensor<f32>, tensor<16xf32>, tensor<f32>, tensor<f32>
def probabilities(p: "f32[16]", t: "f32[16]", logits: "f32[16]"):
    return (F.binary_cross_entropy(p, t), F.binary_cross_entropy_with_logits(logits, t, reduction="none"),
            F.kl_div(p.log(), t, reduction="batchmean"), F.kl_div(p, t, reduction="sum", log_target=True))


# CHECK-LABEL: func.func @promoted(
# CHECK-SAME: %arg0: tensor<4x4xf16> {py.name = "x"}, %arg1: tensor<4x4xf32> {py.name = "y"}) -> tensor<4x4xf32> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<4x4xf16> -> tensor<4x4xf32>
# CHECK-NEXT: %[[MSE_LOSS:.*]] = py.mse_loss %[[CAST]], %arg1 {reduction = "none"} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: return %[[MSE_LOSS]] : tensor<4x4xf32>
def promoted(x: "f16[4, 4]", y: "f32[4, 4]"):
    return F.mse_loss(x, y, reduction="none")
