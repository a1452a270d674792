# max/min: the full reduction, (values, indices) along a dim, and the
# elementwise two-tensor form; amax/amin/argmax/argmin; all/any.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @full_max_min(
# CHECK-SAME: %arg0: tensor<4x6xf32> {py.name = "x"}) -> (tensor<f32>, tensor<f32>) {
# CHECK-NEXT: %[[AMAX:.*]] = py.amax %arg0 : tensor<4x6xf32> -> tensor<f32>
# CHECK-NEXT: %[[AMIN:.*]] = py.amin %arg0 : tensor<4x6xf32> -> tensor<f32>
# CHECK-NEXT: return %[[AMAX]], %[[AMIN]] : tensor<f32>, tensor<f32>
def full_max_min(x: "f32[4, 6]"):
    return torch.max(x), x.min()


# CHECK-LABEL: func.func @along_dim(
# CHECK-SAME: %arg0: tensor<4x6xf32> {py.name = "x"}) -> (tensor<4xf32>, tensor<4xi64>) {
# CHECK-NEXT: %[[AMAX:.*]] = py.amax %arg0 {dims = array<i64: 1>} : tensor<4x6xf32> -> tensor<4xf32>
# CHECK-NEXT: %[[ARGMAX:.*]] = py.argmax %arg0 {dims = array<i64: 1>} : tensor<4x6xf32> -> tensor<4xi64>
# CHECK-NEXT: return %[[AMAX]], %[[ARGMAX]] : tensor<4xf32>, tensor<4xi64>
def along_dim(x: "f32[4, 6]"):
    values, indices = torch.max(x, dim=1)
    return values, indices


# CHECK-LABEL: func.func @along_dim_keepdim(
# CHECK-SAME: %arg0: tensor<3x5x7xf16> {py.name = "x"}) -> (tensor<3x5x1xf16>, tensor<3x5x1xi64>) {
# CHECK-NEXT: %[[AMIN:.*]] = py.amin %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<3x5x7xf16> -> tensor<3x5x1xf16>
# CHECK-NEXT: %[[ARGMIN:.*]] = py.argmin %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<3x5x7xf16> -> tensor<3x5x1xi64>
# CHECK-NEXT: return %[[AMIN]], %[[ARGMIN]] : tensor<3x5x1xf16>, tensor<3x5x1xi64>
def along_dim_keepdim(x: "f16[3, 5, 7]"):
    result = x.min(-1, keepdim=True)
    return result[0], result[1]


# CHECK-LABEL: func.func @values_only(
# CHECK-SAME: %arg0: tensor<8x10xf32> {py.name = "x"}) -> tensor<10xf32> {
# CHECK-NEXT: %[[AMAX:.*]] = py.amax %arg0 {dims = array<i64: 0>} : tensor<8x10xf32> -> tensor<10xf32>
# CHECK-NEXT: return %[[AMAX]] : tensor<10xf32>
def values_only(x: "f32[8, 10]"):
    # The unused indices are dropped.
    return torch.max(x, 0)[0]


# CHECK-LABEL: func.func @elementwise(
# CHECK-SAME: %arg0: tensor<4x6xf32> {py.name = "x"}, %arg1: tensor<6xf32> {py.name = "y"}) -> (tensor<4x6xf32>, tensor<4x6xf32>) {
# CHECK-NEXT: %[[MAXIMUM:.*]] = py.maximum %arg0, %arg1 : (tensor<4x6xf32>, tensor<6xf32>) -> tensor<4x6xf32>
# CHECK-NEXT: %[[MINIMUM:.*]] = py.minimum %arg0, %arg1 : (tensor<4x6xf32>, tensor<6xf32>) -> tensor<4x6xf32>
# CHECK-NEXT: return %[[MAXIMUM]], %[[MINIMUM]] : tensor<4x6xf32>, tensor<4x6xf32>
def elementwise(x: "f32[4, 6]", y: "f32[6]"):
    return torch.max(x, y), torch.min(x, y)


# CHECK-LABEL: func.func @amax_argmax(
# CHECK-SAME: %arg0: tensor<2x3x4xf32> {py.name = "x"}) -> (tensor<3xf32>, tensor<2x3x1xf32>, tensor<i64>, tensor<2x4xi64>, tensor<2x3x1xi64>) {
# CHECK-NEXT: %[[AMAX:.*]] = py.amax %arg0 {dims = array<i64: 0, 2>} : tensor<2x3x4xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[AMIN:.*]] = py.amin %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<2x3x4xf32> -> tensor<2x3x1xf32>
# CHECK-NEXT: %[[ARGMAX:.*]] = py.argmax %arg0 : tensor<2x3x4xf32> -> tensor<i64>
# CHECK-NEXT: %[[ARGMAX1:.*]] = py.argmax %arg0 {dims = array<i64: 1>} : tensor<2x3x4xf32> -> tensor<2x4xi64>
# CHECK-NEXT: %[[ARGMIN:.*]] = py.argmin %arg0 {dims = array<i64: 2>, keepdim = true} : tensor<2x3x4xf32> -> tensor<2x3x1xi64>
# CHECK-NEXT: return %[[AMAX]], %[[AMIN]], %[[ARGMAX]], %[[ARGMAX1]], %[[ARGMIN]] : tensor<3xf32>, tensor<2x3x1xf32>, tensor<i64>, tensor<2x4xi64>, tensor<2x3x1xi64>
def amax_argmax(x: "f32[2, 3, 4]"):
    return (torch.amax(x, dim=(0, 2)), x.amin(-1, keepdim=True),
            torch.argmax(x), x.argmax(dim=1), torch.argmin(x, 2, keepdim=True))


# CHECK-LABEL: func.func @all_any(
# CHECK-SAME: %arg0: tensor<4x5xi1> {py.name = "m"}, %arg1: tensor<4x5xf32> {py.name = "x"}) -> (tensor<i1>, tensor<4xi1>, tensor<1x5xi1>, tensor<i1>) {
# CHECK-NEXT: %[[ALL:.*]] = py.all %arg0 : tensor<4x5xi1> -> tensor<i1>
# CHECK-NEXT: %[[ANY:.*]] = py.any %arg0 {dims = array<i64: 1>} : tensor<4x5xi1> -> tensor<4xi1>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg1, %[[C]] : (tensor<4x5xf32>, tensor<f32>) -> tensor<4x5xi1>
# CHECK-NEXT: %[[ANY1:.*]] = py.any %[[GT]] {dims = array<i64: 0>, keepdim = true} : tensor<4x5xi1> -> tensor<1x5xi1>
# CHECK-NEXT: %[[ALL1:.*]] = py.all %arg1 : tensor<4x5xf32> -> tensor<i1>
# CHECK-NEXT: return %[[ALL]], %[[ANY]], %[[ANY1]], %[[ALL1]] : tensor<i1>, tensor<4xi1>, tensor<1x5xi1>, tensor<i1>
def all_any(m: "bool[4, 5]", x: "f32[4, 5]"):
    return torch.all(m), m.any(dim=1), torch.any(x > 0, 0, keepdim=True), x.all()
