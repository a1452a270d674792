# A KernelBench loss Model: the nn loss module's configuration becomes the
# op's attributes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.mse = nn.MSELoss()
        self.l1 = nn.L1Loss(reduction="sum")
        self.smooth = nn.SmoothL1Loss(beta=0.5)
        self.huber = nn.HuberLoss(delta=2.0)
        self.ce = nn.CrossEntropyLoss(label_smoothing=0.05)
        self.kl = nn.KLDivLoss(reduction="batchmean")
        self.bce = nn.BCEWithLogitsLoss()
        self.triplet = nn.TripletMarginLoss(margin=2.0)

    def forward(self, predictions, targets, labels):
        return (self.mse(predictions, targets) + self.l1(predictions, targets)
                + self.smooth(predictions, targets) + self.huber(predictions, targets)
                + self.ce(predictions, labels)
                + self.kl(torch.log_softmax(predictions, -1), torch.softmax(targets, -1))
                + self.bce(predictions, targets)
                + self.triplet(predictions, targets, predictions.flip(0)))


batch_size = 12
num_classes = 5


def get_inputs():
    return [torch.randn(batch_size, num_classes), torch.rand(batch_size, num_classes),
            torch.randint(0, num_classes, (batch_size,))]


def get_init_inputs():
    return []

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<12x5xf32> {py.name = "predictions"}, %arg1: tensor<12x5xf32> {py.name = "targets"}, %arg2: tensor<12xi64> {py.name = "labels"}) -> tensor<f32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[MSE_LOSS:.*]] = py.mse_loss %arg0, %arg1 : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[L1_LOSS:.*]] = py.l1_loss %arg0, %arg1 {reduction = "sum"} : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[MSE_LOSS]], %[[L1_LOSS]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[SMOOTH_L1_LOSS:.*]] = py.smooth_l1_loss %arg0, %arg1 {beta = 5.000000e-01 : f64} : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %[[ADD]], %[[SMOOTH_L1_LOSS]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[HUBER_LOSS:.*]] = py.huber_loss %arg0, %arg1 {delta = 2.000000e+00 : f64} : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD2:.*]] = py.add %[[ADD1]], %[[HUBER_LOSS]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[CROSS_ENTROPY:.*]] = py.cross_entropy %arg0, %arg2 {label_smoothing = 5.000000e-02 : f64} : (tensor<12x5xf32>, tensor<12xi64>) -> tensor<f32>
# CHECK-NEXT: %[[ADD3:.*]] = py.add %[[ADD2]], %[[CROSS_ENTROPY]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %arg0 {dim = -1 : i64} : tensor<12x5xf32> -> tensor<12x5xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %arg1 {dim = -1 : i64} : tensor<12x5xf32> -> tensor<12x5xf32>
# CHECK-NEXT: %[[KL_DIV:.*]] = py.kl_div %[[LOG_SOFTMAX]], %[[SOFTMAX]] {reduction = "batchmean"} : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD4:.*]] = py.add %[[ADD3]], %[[KL_DIV]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[BINARY_CROSS_ENTROPY_WITH_LOGITS:.*]] = py.binary_cross_entropy_with_logits %arg0, %arg1 : (tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD5:.*]] = py.add %[[ADD4]], %[[BINARY_CROSS_ENTROPY_WITH_LOGITS]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[FLIP:.*]] = py.flip %arg0 {dims = array<i64: 0>} : tensor<12x5xf32> -> tensor<12x5xf32>
# CHECK-NEXT: %[[TRIPLET_MARGIN_LOSS:.*]] = py.triplet_margin_loss %arg0, %arg1, %[[FLIP]] {margin = 2.000000e+00 : f64} : (tensor<12x5xf32>, tensor<12x5xf32>, tensor<12x5xf32>) -> tensor<f32>
# CHECK-NEXT: %[[ADD6:.*]] = py.add %[[ADD5]], %[[TRIPLET_MARGIN_LOSS]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: return %[[ADD6]] : tensor<f32>
