# & | ^ ~ are bitwise on integer tensors and logical on bool tensors.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @on_ints(
# CHECK-SAME: %arg0: tensor<8xi32> {py.name = "a"}, %arg1: tensor<8xi32> {py.name = "b"}) -> (tensor<8xi32>, tensor<8xi32>, tensor<8xi32>, tensor<8xi32>, tensor<8xi32>) {
# CHECK-NEXT: %[[BITWISE_AND:.*]] = py.bitwise_and %arg0, %arg1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
# CHECK-NEXT: %[[BITWISE_OR:.*]] = py.bitwise_or %arg0, %arg1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
# CHECK-NEXT: %[[BITWISE_XOR:.*]] = py.bitwise_xor %arg0, %arg1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
# CHECK-NEXT: %[[BITWISE_NOT:.*]] = py.bitwise_not %arg0 : tensor<8xi32> -> tensor<8xi32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<1> : tensor<i32>
# CHECK-NEXT: %[[BITWISE_AND1:.*]] = py.bitwise_and %arg0, %[[C]] : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
# CHECK-NEXT: return %[[BITWISE_AND]], %[[BITWISE_OR]], %[[BITWISE_XOR]], %[[BITWISE_NOT]], %[[BITWISE_AND1]] : tensor<8xi32>, tensor<8xi32>, tensor<8xi32>, tensor<8xi32>, tensor<8xi32>
def on_ints(a: "i32[8]", b: "i32[8]"):
    return a & b, a | b, a ^ b, ~a, a & 1


# CHECK-LABEL: func.func @on_bools(
# CHECK-SAME: %arg0: tensor<8xi1> {py.name = "p"}, %arg1: tensor<8xi1> {py.name = "q"}) -> (tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>) {
# CHECK-NEXT: %[[LOGICAL_AND:.*]] = py.logical_and %arg0, %arg1 : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
# CHECK-NEXT: %[[LOGICAL_OR:.*]] = py.logical_or %arg0, %arg1 : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
# CHECK-NEXT: %[[LOGICAL_XOR:.*]] = py.logical_xor %arg0, %arg1 : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
# CHECK-NEXT: %[[LOGICAL_NOT:.*]] = py.logical_not %arg0 : tensor<8xi1> -> tensor<8xi1>
# CHECK-NEXT: return %[[LOGICAL_AND]], %[[LOGICAL_OR]], %[[LOGICAL_XOR]], %[[LOGICAL_NOT]] : tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>
def on_bools(p: "bool[8]", q: "bool[8]"):
    return p & q, p | q, p ^ q, ~p


# CHECK-LABEL: func.func @masks(
# CHECK-SAME: %arg0: tensor<4x4xf32> {py.name = "x"}) -> (tensor<4x4xi1>, tensor<4x4xi1>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %[[C]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[LT:.*]] = py.lt %arg0, %[[C1]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
# CHECK-NEXT: %[[LOGICAL_AND:.*]] = py.logical_and %[[GT]], %[[LT]] : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<-1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[LT1:.*]] = py.lt %arg0, %[[C2]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
# CHECK-NEXT: %[[C3:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT1:.*]] = py.gt %arg0, %[[C3]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
# CHECK-NEXT: %[[LOGICAL_OR:.*]] = py.logical_or %[[LT1]], %[[GT1]] : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
# CHECK-NEXT: return %[[LOGICAL_AND]], %[[LOGICAL_OR]] : tensor<4x4xi1>, tensor<4x4xi1>
def masks(x: "f32[4, 4]"):
    return (x > 0) & (x < 1), (x < -1) | (x > 1)


# CHECK-LABEL: func.func @logical_functions(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "x"}, %arg1: tensor<6xi1> {py.name = "m"}) -> (tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg1 : tensor<6xi1> -> tensor<6xf32>
# CHECK-NEXT: %[[LOGICAL_AND:.*]] = py.logical_and %arg0, %[[CAST]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg1 : tensor<6xi1> -> tensor<6xf32>
# CHECK-NEXT: %[[LOGICAL_OR:.*]] = py.logical_or %arg0, %[[CAST1]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
# CHECK-NEXT: %[[LOGICAL_XOR:.*]] = py.logical_xor %arg1, %arg1 : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
# CHECK-NEXT: %[[LOGICAL_NOT:.*]] = py.logical_not %arg0 : tensor<6xf32> -> tensor<6xi1>
# CHECK-NEXT: %[[LOGICAL_NOT1:.*]] = py.logical_not %arg1 : tensor<6xi1> -> tensor<6xi1>
# CHECK-NEXT: %[[BITWISE_AND:.*]] = py.bitwise_and %arg1, %arg1 : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
# CHECK-NEXT: %[[BITWISE_OR:.*]] = py.bitwise_or %arg1, %arg1 : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
# CHECK-NEXT: %[[BITWISE_XOR:.*]] = py.bitwise_xor %arg1, %arg1 : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
# CHECK-NEXT: return %[[LOGICAL_AND]], %[[LOGICAL_OR]], %[[LOGICAL_XOR]], %[[LOGICAL_NOT]], %[[LOGICAL_NOT1]], %[[BITWISE_AND]], %[[BITWISE_OR]], %[[BITWISE_XOR]] : tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>, tensor<6xi1>
def logical_functions(x: "f32[6]", m: "bool[6]"):
    return (torch.logical_and(x, m), torch.logical_or(x, m),
            torch.logical_xor(m, m), torch.logical_not(x), m.logical_not(),
            torch.bitwise_and(m, m), torch.bitwise_or(m, m), torch.bitwise_xor(m, m))
