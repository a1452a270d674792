# Unary ops on integer and bool tensors: the float-producing ones (exp, sqrt,
# sigmoid, ...) give the default float dtype f32, the others keep the dtype.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @int_to_float(
# CHECK-SAME: %arg0: tensor<6xi32> {py.name = "x"}) -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
# CHECK-NEXT: %[[EXP:.*]] = py.exp %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: %[[SQRT:.*]] = py.sqrt %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: %[[LOG1P:.*]] = py.log1p %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: return %[[EXP]], %[[SQRT]], %[[SIGMOID]], %[[LOG1P]] : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
def int_to_float(x: "i32[6]"):
    return torch.exp(x), torch.sqrt(x), torch.sigmoid(x), torch.log1p(x)


# CHECK-LABEL: func.func @int_same(
# CHECK-SAME: %arg0: tensor<2x3xi64> {py.name = "x"}) -> (tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>) {
# CHECK-NEXT: %[[ABS:.*]] = py.abs %arg0 : tensor<2x3xi64> -> tensor<2x3xi64>
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<2x3xi64> -> tensor<2x3xi64>
# CHECK-NEXT: %[[SIGN:.*]] = py.sign %arg0 : tensor<2x3xi64> -> tensor<2x3xi64>
# CHECK-NEXT: %[[SQUARE:.*]] = py.square %arg0 : tensor<2x3xi64> -> tensor<2x3xi64>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<2x3xi64> -> tensor<2x3xi64>
# CHECK-NEXT: return %[[ABS]], %[[NEG]], %[[SIGN]], %[[SQUARE]], %[[RELU]] : tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>
def int_same(x: "i64[2, 3]"):
    return torch.abs(x), torch.neg(x), torch.sign(x), torch.square(x), torch.relu(x)


# CHECK-LABEL: func.func @bool_to_float(
# CHECK-SAME: %arg0: tensor<5xi1> {py.name = "m"}) -> (tensor<5xf32>, tensor<5xf32>) {
# CHECK-NEXT: %[[EXP:.*]] = py.exp %arg0 : tensor<5xi1> -> tensor<5xf32>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %arg0 : tensor<5xi1> -> tensor<5xf32>
# CHECK-NEXT: return %[[EXP]], %[[TANH]] : tensor<5xf32>, tensor<5xf32>
def bool_to_float(m: "bool[5]"):
    return torch.exp(m), torch.tanh(m)


# CHECK-LABEL: func.func @bitwise_not_int(
# CHECK-SAME: %arg0: tensor<4xi8> {py.name = "x"}) -> (tensor<4xi8>, tensor<4xi8>) {
# CHECK-NEXT: %[[BITWISE_NOT:.*]] = py.bitwise_not %arg0 : tensor<4xi8> -> tensor<4xi8>
# CHECK-NEXT: %[[BITWISE_NOT1:.*]] = py.bitwise_not %arg0 : tensor<4xi8> -> tensor<4xi8>
# CHECK-NEXT: return %[[BITWISE_NOT]], %[[BITWISE_NOT1]] : tensor<4xi8>, tensor<4xi8>
def bitwise_not_int(x: "i8[4]"):
    return torch.bitwise_not(x), ~x
