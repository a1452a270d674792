# Class-index losses (cross_entropy / nll_loss with integer targets, or
# cross_entropy with class probabilities) and triplet_margin_loss.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @cross_entropy(
# CHECK-SAME: %arg0: tensor<8x10xf32> {py.name = "logits"}, %arg1: tensor<8xi64> {py.name = "target"}, %arg2: tensor<8x10xf32> {py.name = "probs"}) -> (tensor<f32>, tensor<8xf32>, tensor<f32>) {
# CHECK-NEXT: %[[CROSS_ENTROPY:.*]] = py.cross_entropy %arg0, %arg1 : (tensor<8x10xf32>, tensor<8xi64>) -> tensor<f32>
# CHECK-NEXT: %[[CROSS_ENTROPY1:.*]] = py.cross_entropy %arg0, %arg1 {reduction = "none"} : (tensor<8x10xf32>, tensor<8xi64>) -> tensor<8xf32>
# CHECK-NEXT: %[[CROSS_ENTROPY2:.*]] = py.cross_entropy %arg0, %arg2 {label_smoothing = 1.000000e-01 : f64} : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<f32>
# CHECK-NEXT: return %[[CROSS_ENTROPY]], %[[CROSS_ENTROPY1]], %[[CROSS_ENTROPY2]] : tensor<f32>, tensor<8xf32>, tensor<f32>
def cross_entropy(logits: "f32[8, 10]", target: "i64[8]", probs: "f32[8, 10]"):
    return (F.cross_entropy(logits, target), F.cross_entropy(logits, target, reduction="none"),
            F.cross_entropy(logits, probs, label_smoothing=0.1))


# CHECK-LABEL: func.func @spatial(
# CHECK-SAME: %arg0: tensor<2x5x4x4xf32> {py.name = "logits"}, %arg1: tensor<2x4x4xi64> {py.name = "target"}) -> (tensor<2x4x4xf32>, tensor<f32>) {
# CHECK-NEXT: %[[CROSS_ENTROPY:.*]] = py.cross_entropy %arg0, %arg1 {reduction = "none"} : (tensor<2x5x4x4xf32>, tensor<2x4x4xi64>) -> tensor<2x4x4xf32>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %arg0 {dim = 1 : i64} : tensor<2x5x4x4xf32> -> tensor<2x5x4x4xf32>
# CHECK-NEXT: %[[NLL_LOSS:.*]] = py.nll_loss %[[LOG_SOFTMAX]], %arg1 {reduction = "sum"} : (tensor<2x5x4x4xf32>, tensor<2x4x4xi64>) -> tensor<f32>
# CHECK-NEXT: return %[[CROSS_ENTROPY]], %[[NLL_LOSS]] : tensor<2x4x4xf32>, tensor<f32>
def spatial(logits: "f32[2, 5, 4, 4]", target: "i64[2, 4, 4]"):
    return F.cross_entropy(logits, target, reduction="none"), F.nll_loss(F.log_softmax(logits, 1), target, reduction="sum")


# CHECK-LABEL: func.func @triplet(
# CHECK-SAME: %arg0: tensor<6x16xf32> {py.name = "a"}, %arg1: tensor<6x16xf32> {py.name = "p"}, %arg2: tensor<6x16xf32> {py.name = "n"}) -> (tensor<f32>, tensor<6xf32>) {
# CHECK-NEXT: %[[TRIPLET_MARGIN_LOSS:.*]] = py.triplet_margin_loss %arg0, %arg1, %arg2 : (tensor<6x16xf32>, tensor<6x16xf32>, tensor<6x16xf32>) -> tensor<f32>
# CHECK-NEXT: %[[TRIPLET_MARGIN_LOSS1:.*]] = py.triplet_margin_loss %arg0, %arg1, %arg2 {margin = 5.000000e-01 : f64, p = 1.000000e+00 : f64, reduction = "none"} : (tensor<6x16xf32>, tensor<6x16xf32>, tensor<6x16xf32>) -> tensor<6xf32>
# CHECK-NEXT: return %[[TRIPLET_MARGIN_LOSS]], %[[TRIPLET_MARGIN_LOSS1]] : tensor<f32>, tensor<6xf32>
def triplet(a: "f32[6, 16]", p: "f32[6, 16]", n: "f32[6, 16]"):
    return F.triplet_margin_loss(a, p, n), F.triplet_margin_loss(a, p, n, margin=0.5, p=1, reduction="none")
