# dtype conversions: .half() / .float() / .to(dtype) / dtype= keywords.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @methods(
# CHECK-SAME: %arg0: tensor<4x4xf32> {py.name = "x"}) -> (tensor<4x4xf16>, tensor<4x4xbf16>, tensor<4x4xf64>, tensor<4x4xi32>, tensor<4x4xi64>, tensor<4x4xi1>, tensor<4x4xf32>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xf16>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xbf16>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xf64>
# CHECK-NEXT: %[[CAST3:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xi32>
# CHECK-NEXT: %[[CAST4:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xi64>
# CHECK-NEXT: %[[CAST5:.*]] = py.cast %arg0 {py.explicit} : tensor<4x4xf32> -> tensor<4x4xi1>
# CHECK-NEXT: return %[[CAST]], %[[CAST1]], %[[CAST2]], %[[CAST3]], %[[CAST4]], %[[CAST5]], %arg0 : tensor<4x4xf16>, tensor<4x4xbf16>, tensor<4x4xf64>, tensor<4x4xi32>, tensor<4x4xi64>, tensor<4x4xi1>, tensor<4x4xf32>
def methods(x: "f32[4, 4]"):
    return x.half(), x.bfloat16(), x.double(), x.int(), x.long(), x.bool(), x.float()


# CHECK-LABEL: func.func @to_dtype(
# CHECK-SAME: %arg0: tensor<8xf16> {py.name = "x"}, %arg1: tensor<8xi32> {py.name = "y"}) -> (tensor<8xbf16>, tensor<8xf32>, tensor<8xi32>, tensor<8xi64>, tensor<8xf16>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<8xf16> -> tensor<8xbf16>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 {py.explicit} : tensor<8xf16> -> tensor<8xf32>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %arg0 : tensor<8xf16> -> tensor<8xi32>
# CHECK-NEXT: %[[CAST3:.*]] = py.cast %arg0 {py.explicit} : tensor<8xf16> -> tensor<8xi64>
# CHECK-NEXT: return %[[CAST]], %[[CAST1]], %[[CAST2]], %[[CAST3]], %arg0 : tensor<8xbf16>, tensor<8xf32>, tensor<8xi32>, tensor<8xi64>, tensor<8xf16>
def to_dtype(x: "f16[8]", y: "i32[8]"):
    return x.to(torch.bfloat16), x.to(dtype=torch.float32), x.to(y), x.type(torch.int64), x.to("cpu")


# CHECK-LABEL: func.func @type_as(
# CHECK-SAME: %arg0: tensor<3xf32> {py.name = "x"}, %arg1: tensor<3xbf16> {py.name = "y"}) -> tensor<3xbf16> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<3xf32> -> tensor<3xbf16>
# CHECK-NEXT: return %[[CAST]] : tensor<3xbf16>
def type_as(x: "f32[3]", y: "bf16[3]"):
    return x.type_as(y)


# CHECK-LABEL: func.func @dtype_keywords(
# CHECK-SAME: %arg0: tensor<2x8xf16> {py.name = "x"}, %arg1: tensor<2x8xi32> {py.name = "n"}) -> (tensor<2xf32>, tensor<f32>, tensor<2x8xf64>, tensor<2x8xf32>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<2x8xf16> -> tensor<2x8xf32>
# CHECK-NEXT: %[[SUM:.*]] = py.sum %[[CAST]] {dims = array<i64: 1>} : tensor<2x8xf32> -> tensor<2xf32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 {py.explicit} : tensor<2x8xf16> -> tensor<2x8xf32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %[[CAST1]] : tensor<2x8xf32> -> tensor<f32>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %arg1 {py.explicit} : tensor<2x8xi32> -> tensor<2x8xf64>
# CHECK-NEXT: %[[CUMSUM:.*]] = py.cumsum %[[CAST2]] {dim = 0 : i64} : tensor<2x8xf64> -> tensor<2x8xf64>
# CHECK-NEXT: %[[CAST3:.*]] = py.cast %arg0 {py.explicit} : tensor<2x8xf16> -> tensor<2x8xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %[[CAST3]] {dim = -1 : i64} : tensor<2x8xf32> -> tensor<2x8xf32>
# CHECK-NEXT: return %[[SUM]], %[[MEAN]], %[[CUMSUM]], %[[SOFTMAX]] : tensor<2xf32>, tensor<f32>, tensor<2x8xf64>, tensor<2x8xf32>
def dtype_keywords(x: "f16[2, 8]", n: "i32[2, 8]"):
    # Reductions and scans cast their input to `dtype` first.
    return (torch.sum(x, dim=1, dtype=torch.float32), x.mean(dtype=torch.float32),
            torch.cumsum(n, 0, dtype=torch.float64), torch.softmax(x, -1, dtype=torch.float32))


# CHECK-LABEL: func.func @mixed_precision(
# CHECK-SAME: %arg0: tensor<4x16xbf16> {py.name = "x"}, %arg1: tensor<16x8xbf16> {py.name = "w"}) -> tensor<4x8xbf16> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<4x16xbf16> -> tensor<4x16xf32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg1 {py.explicit} : tensor<16x8xbf16> -> tensor<16x8xf32>
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %[[CAST]], %[[CAST1]] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %[[MATMUL]] : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %[[RELU]] {py.explicit} : tensor<4x8xf32> -> tensor<4x8xbf16>
# CHECK-NEXT: return %[[CAST2]] : tensor<4x8xbf16>
def mixed_precision(x: "bf16[4, 16]", w: "bf16[16, 8]"):
    # The usual pattern: compute in f32, return in the input dtype.
    y = (x.float() @ w.float()).relu()
    return y.to(x.dtype)
