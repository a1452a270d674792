# nn.BatchNorm1d/2d in eval mode (running_mean / running_var become
# parameters next to weight and bias; affine=False drops weight and bias)
# and nn.InstanceNorm2d.
#
# BUG: lib/MLIRGen/TorchCalls.cpp (callNNModule) computes the expected rank
# as `kind.back() - '0' + 1` where kind is "BatchNorm2d" (last char 'd'), so
# every nn.BatchNorm*/nn.InstanceNorm* call fails with
# "nn.BatchNorm2d expects a 54-D input, got rank 4".
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, num_features):
        super().__init__()
        self.bn = nn.BatchNorm2d(num_features=num_features)
        self.bn_plain = nn.BatchNorm2d(num_features, eps=1e-3, affine=False)
        self.inorm = nn.InstanceNorm2d(num_features, affine=True)
        self.bn1d = nn.BatchNorm1d(num_features)

    def forward(self, x):
        y = self.inorm(self.bn_plain(self.bn(x)))
        return self.bn1d(y.flatten(2))


batch_size = 2
features = 6
dim1 = 5
dim2 = 7


def get_inputs():
    return [torch.randn(batch_size, features, dim1, dim2)]


def get_init_inputs():
    return [features]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "bn.weight", py.param}, %arg1: tensor<6xf32> {py.name = "bn.bias", py.param}, %arg2: tensor<6xf32> {py.name = "bn.running_mean", py.param}, %arg3: tensor<6xf32> {py.name = "bn.running_var", py.param},
# CHECK-SAME: %arg4: tensor<6xf32> {py.name = "bn_plain.running_mean", py.param}, %arg5: tensor<6xf32> {py.name = "bn_plain.running_var", py.param},
# CHECK-SAME: %arg6: tensor<6xf32> {py.name = "inorm.weight", py.param}, %arg7: tensor<6xf32> {py.name = "inorm.bias", py.param},
# CHECK-SAME: %arg8: tensor<6xf32> {py.name = "bn1d.weight", py.param}, %arg9: tensor<6xf32> {py.name = "bn1d.bias", py.param}, %arg10: tensor<6xf32> {py.name = "bn1d.running_mean", py.param}, %arg11: tensor<6xf32> {py.name = "bn1d.running_var", py.param},
# CHECK-SAME: %arg12: tensor<2x6x5x7xf32> {py.name = "x"}) -> tensor<2x6x35xf32>
# CHECK-NEXT: %[[BN:.*]] = py.batch_norm %arg12, %arg2, %arg3 weight %arg0 bias %arg1 : (tensor<2x6x5x7xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x7xf32>
# CHECK-NEXT: %[[BN2:.*]] = py.batch_norm %[[BN]], %arg4, %arg5 {eps = 1.000000e-03 : f64} : (tensor<2x6x5x7xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x7xf32>
# CHECK-NEXT: %[[IN:.*]] = py.instance_norm %[[BN2]] weight %arg6 bias %arg7 : (tensor<2x6x5x7xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x7xf32>
# CHECK-NEXT: %[[FL:.*]] = py.flatten %[[IN]] {start_dim = 2 : i64} : tensor<2x6x5x7xf32> -> tensor<2x6x35xf32>
# CHECK-NEXT: %[[BN3:.*]] = py.batch_norm %[[FL]], %arg10, %arg11 weight %arg8 bias %arg9 : (tensor<2x6x35xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x35xf32>
# CHECK-NEXT: return %[[BN3]] : tensor<2x6x35xf32>
