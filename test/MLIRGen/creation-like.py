# zeros_like / ones_like / full_like (with dtype=) are py.full_like.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @likes(
# CHECK-SAME: %arg0: tensor<4x5xf16> {py.name = "x"}) -> (tensor<4x5xf16>, tensor<4x5xf16>, tensor<4x5xf16>) {
# CHECK-NEXT: %[[FULL_LIKE:.*]] = py.full_like %arg0 {value = 0.000000e+00 : f64} : tensor<4x5xf16> -> tensor<4x5xf16>
# CHECK-NEXT: %[[FULL_LIKE1:.*]] = py.full_like %arg0 {value = 1.000000e+00 : f64} : tensor<4x5xf16> -> tensor<4x5xf16>
# CHECK-NEXT: %[[FULL_LIKE2:.*]] = py.full_like %arg0 {value = 3.500000e+00 : f64} : tensor<4x5xf16> -> tensor<4x5xf16>
# CHECK-NEXT: return %[[FULL_LIKE]], %[[FULL_LIKE1]], %[[FULL_LIKE2]] : tensor<4x5xf16>, tensor<4x5xf16>, tensor<4x5xf16>
def likes(x: "f16[4, 5]"):
    return torch.zeros_like(x), torch.ones_like(x), torch.full_like(x, 3.5)


# CHECK-LABEL: func.func @with_dtype(
# CHECK-SAME: %arg0: tensor<3xf32> {py.name = "x"}) -> (tensor<3xi64>, tensor<3xi1>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<3xf32> -> tensor<3xi64>
# CHECK-NEXT: %[[FULL_LIKE:.*]] = py.full_like %[[CAST]] {value = 0.000000e+00 : f64} : tensor<3xi64> -> tensor<3xi64>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 {py.explicit} : tensor<3xf32> -> tensor<3xi1>
# CHECK-NEXT: %[[FULL_LIKE1:.*]] = py.full_like %[[CAST1]] {value = 2.000000e+00 : f64} : tensor<3xi1> -> tensor<3xi1>
# CHECK-NEXT: return %[[FULL_LIKE]], %[[FULL_LIKE1]] : tensor<3xi64>, tensor<3xi1>
def with_dtype(x: "f32[3]"):
    return torch.zeros_like(x, dtype=torch.int64), torch.full_like(x, 2, dtype=torch.bool)


# CHECK-LABEL: func.func @dynamic(
# CHECK-SAME: %arg0: tensor<?x8xf32> {py.name = "x"}) -> tensor<?x8xf32> {
# CHECK-NEXT: %[[FULL_LIKE:.*]] = py.full_like %arg0 {value = 1.000000e+00 : f64} : tensor<?x8xf32> -> tensor<?x8xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[FULL_LIKE]] : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
# CHECK-NEXT: return %[[ADD]] : tensor<?x8xf32>
def dynamic(x: "f32[N, 8]"):
    return x + torch.ones_like(x)
