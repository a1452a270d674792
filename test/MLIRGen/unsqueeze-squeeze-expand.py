# unsqueeze / squeeze (all, one, several dims) / expand with -1.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @unsqueeze(
# CHECK-SAME: %arg0: tensor<4x5xf32> {py.name = "x"}) -> (tensor<1x4x5xf32>, tensor<4x5x1xf32>, tensor<4x1x5x1xf32>) {
# CHECK-NEXT: %[[UNSQUEEZE:.*]] = py.unsqueeze %arg0 {dim = 0 : i64} : tensor<4x5xf32> -> tensor<1x4x5xf32>
# CHECK-NEXT: %[[UNSQUEEZE1:.*]] = py.unsqueeze %arg0 {dim = -1 : i64} : tensor<4x5xf32> -> tensor<4x5x1xf32>
# CHECK-NEXT: %[[UNSQUEEZE2:.*]] = py.unsqueeze %arg0 {dim = 1 : i64} : tensor<4x5xf32> -> tensor<4x1x5xf32>
# CHECK-NEXT: %[[UNSQUEEZE3:.*]] = py.unsqueeze %[[UNSQUEEZE2]] {dim = -1 : i64} : tensor<4x1x5xf32> -> tensor<4x1x5x1xf32>
# CHECK-NEXT: return %[[UNSQUEEZE]], %[[UNSQUEEZE1]], %[[UNSQUEEZE3]] : tensor<1x4x5xf32>, tensor<4x5x1xf32>, tensor<4x1x5x1xf32>
def unsqueeze(x: "f32[4, 5]"):
    return x.unsqueeze(0), torch.unsqueeze(x, -1), x.unsqueeze(1).unsqueeze(-1)


# CHECK-LABEL: func.func @squeeze(
# CHECK-SAME: %arg0: tensor<1x4x1x5xf32> {py.name = "x"}) -> (tensor<4x5xf32>, tensor<4x1x5xf32>, tensor<1x4x5xf32>, tensor<4x5xf32>, tensor<1x4x1x5xf32>) {
# CHECK-NEXT: %[[SQUEEZE:.*]] = py.squeeze %arg0 : tensor<1x4x1x5xf32> -> tensor<4x5xf32>
# CHECK-NEXT: %[[SQUEEZE1:.*]] = py.squeeze %arg0 {dims = array<i64: 0>} : tensor<1x4x1x5xf32> -> tensor<4x1x5xf32>
# CHECK-NEXT: %[[SQUEEZE2:.*]] = py.squeeze %arg0 {dims = array<i64: -2>} : tensor<1x4x1x5xf32> -> tensor<1x4x5xf32>
# CHECK-NEXT: %[[SQUEEZE3:.*]] = py.squeeze %arg0 {dims = array<i64: 0, 2>} : tensor<1x4x1x5xf32> -> tensor<4x5xf32>
# CHECK-NEXT: %[[SQUEEZE4:.*]] = py.squeeze %arg0 {dims = array<i64: 1>} : tensor<1x4x1x5xf32> -> tensor<1x4x1x5xf32>
# CHECK-NEXT: return %[[SQUEEZE]], %[[SQUEEZE1]], %[[SQUEEZE2]], %[[SQUEEZE3]], %[[SQUEEZE4]] : tensor<4x5xf32>, tensor<4x1x5xf32>, tensor<1x4x5xf32>, tensor<4x5xf32>, tensor<1x4x1x5xf32>
def squeeze(x: "f32[1, 4, 1, 5]"):
    return x.squeeze(), torch.squeeze(x, 0), x.squeeze(-2), x.squeeze((0, 2)), x.squeeze(1)


# CHECK-LABEL: func.func @expand(
# CHECK-SAME: %arg0: tensor<4x1xf32> {py.name = "x"}, %arg1: tensor<3xf32> {py.name = "b"}) -> (tensor<4x6xf32>, tensor<2x4x3xf32>, tensor<5x3xf32>, tensor<2x3xf32>) {
# CHECK-NEXT: %[[EXPAND:.*]] = py.expand %arg0 {sizes = array<i64: 4, 6>} : tensor<4x1xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[EXPAND1:.*]] = py.expand %arg0 {sizes = array<i64: 2, -1, 3>} : tensor<4x1xf32> -> tensor<2x4x3xf32>
# CHECK-NEXT: %[[EXPAND2:.*]] = py.expand %arg1 {sizes = array<i64: 5, 3>} : tensor<3xf32> -> tensor<5x3xf32>
# CHECK-NEXT: %[[UNSQUEEZE:.*]] = py.unsqueeze %arg1 {dim = 0 : i64} : tensor<3xf32> -> tensor<1x3xf32>
# CHECK-NEXT: %[[EXPAND3:.*]] = py.expand %[[UNSQUEEZE]] {sizes = array<i64: 2, 3>} : tensor<1x3xf32> -> tensor<2x3xf32>
# CHECK-NEXT: return %[[EXPAND]], %[[EXPAND1]], %[[EXPAND2]], %[[EXPAND3]] : tensor<4x6xf32>, tensor<2x4x3xf32>, tensor<5x3xf32>, tensor<2x3xf32>
def expand(x: "f32[4, 1]", b: "f32[3]"):
    return x.expand(4, 6), x.expand(2, -1, 3), b.expand((5, 3)), b[None, :].expand(2, 3)


# CHECK-LABEL: func.func @bias_broadcast(
# CHECK-SAME: %arg0: tensor<2x8x6x6xf32> {py.name = "x"}, %arg1: tensor<8xf32> {py.name = "bias"}) -> (tensor<2x8x6x6xf32>, tensor<2x8x6x6xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg1 {shape = array<i64: 1, -1, 1, 1>} : tensor<8xf32> -> tensor<1x8x1x1xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[RESHAPE]] : (tensor<2x8x6x6xf32>, tensor<1x8x1x1xf32>) -> tensor<2x8x6x6xf32>
# CHECK-NEXT: %[[UNSQUEEZE:.*]] = py.unsqueeze %arg1 {dim = -1 : i64} : tensor<8xf32> -> tensor<8x1xf32>
# CHECK-NEXT: %[[UNSQUEEZE1:.*]] = py.unsqueeze %[[UNSQUEEZE]] {dim = -1 : i64} : tensor<8x1xf32> -> tensor<8x1x1xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[UNSQUEEZE1]] : (tensor<2x8x6x6xf32>, tensor<8x1x1xf32>) -> tensor<2x8x6x6xf32>
# CHECK-NEXT: return %[[ADD]], %[[MUL]] : tensor<2x8x6x6xf32>, tensor<2x8x6x6xf32>
def bias_broadcast(x: "f32[2, 8, 6, 6]", bias: "f32[8]"):
    return x + bias.view(1, -1, 1, 1), x * bias.unsqueeze(-1).unsqueeze(-1)
