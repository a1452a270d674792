# Comparisons give bool (i1) tensors, after promoting the operand dtypes;
# chained comparisons of compile-time values fold.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @operators(
# CHECK-SAME: %arg0: tensor<3x4xf32> {py.name = "x"}, %arg1: tensor<4xf32> {py.name = "y"}) -> (tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>) {
# CHECK-NEXT: %[[EQ:.*]] = py.eq %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: %[[NE:.*]] = py.ne %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: %[[LT:.*]] = py.lt %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: %[[LE:.*]] = py.le %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: %[[GE:.*]] = py.ge %arg0, %arg1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xi1>
# CHECK-NEXT: return %[[EQ]], %[[NE]], %[[LT]], %[[LE]], %[[GT]], %[[GE]] : tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>, tensor<3x4xi1>
def operators(x: "f32[3, 4]", y: "f32[4]"):
    return x == y, x != y, x < y, x <= y, x > y, x >= y


# CHECK-LABEL: func.func @chained_constants(
# CHECK-SAME: %arg0: tensor<8xf32> {py.name = "x"}) -> tensor<8xi1> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %[[C]] : (tensor<8xf32>, tensor<f32>) -> tensor<8xi1>
# CHECK-NEXT: return %[[GT]] : tensor<8xi1>
def chained_constants(x: "f32[8]", lo=0, hi=4):
    # Chained comparisons of compile-time values fold.
    if lo < x.dim() <= hi and 0 <= lo < hi:
        return x > lo
    return x


# CHECK-LABEL: func.func @mixed_dtypes(
# CHECK-SAME: %arg0: tensor<5xi32> {py.name = "a"}, %arg1: tensor<5xf16> {py.name = "b"}) -> (tensor<5xi1>, tensor<5xi1>, tensor<5xi1>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<5xi32> -> tensor<5xf16>
# CHECK-NEXT: %[[LT:.*]] = py.lt %[[CAST]], %arg1 : (tensor<5xf16>, tensor<5xf16>) -> tensor<5xi1>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2> : tensor<i32>
# CHECK-NEXT: %[[EQ:.*]] = py.eq %arg0, %[[C]] : (tensor<5xi32>, tensor<i32>) -> tensor<5xi1>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<5.000000e-01> : tensor<f16>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg1, %[[C1]] : (tensor<5xf16>, tensor<f16>) -> tensor<5xi1>
# CHECK-NEXT: return %[[LT]], %[[EQ]], %[[GT]] : tensor<5xi1>, tensor<5xi1>, tensor<5xi1>
def mixed_dtypes(a: "i32[5]", b: "f16[5]"):
    return a < b, a == 2, b > 0.5


# CHECK-LABEL: func.func @functions(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "x"}, %arg1: tensor<6xf32> {py.name = "y"}) -> (tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>) {
# CHECK-NEXT: %[[EQ:.*]] = py.eq %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[NE:.*]] = py.ne %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[NE1:.*]] = py.ne %arg0, %[[C]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xi1>
# CHECK-NEXT: %[[LT:.*]] = py.lt %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[LT1:.*]] = py.lt %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[LE:.*]] = py.le %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[LE1:.*]] = py.le %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[GT1:.*]] = py.gt %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[GE:.*]] = py.ge %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[GE1:.*]] = py.ge %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT2:.*]] = py.gt %arg0, %[[C1]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xi1>
# CHECK-NEXT: %[[EQ1:.*]] = py.eq %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: return %[[EQ]], %[[NE]], %[[NE1]], %[[LT]], %[[LT1]], %[[LE]], %[[LE1]], %[[GT]], %[[GT1]], %[[GE]], %[[GE1]], %[[GT2]], %[[EQ1]] : tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>
def functions(x: "f32[6]", y: "f32[6]"):
    return (torch.eq(x, y), torch.ne(x, y), torch.not_equal(x, 0),
            torch.lt(x, y), torch.less(x, y), torch.le(x, y),
            torch.less_equal(x, y), torch.gt(x, y), torch.greater(x, y),
            torch.ge(x, y), torch.greater_equal(x, y), x.gt(0), x.eq(y))
