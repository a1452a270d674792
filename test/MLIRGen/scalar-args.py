# Python-scalar arguments (`alpha: float`, `n: int`, `flag: bool` without a
# default) are 0-d tensors marked py.scalar, weakest in type promotion;
# parameters with defaults are compile-time constants; docstrings become
# py.doc.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @axpy(
# CHECK-SAME: %arg0: tensor<8xf16> {py.name = "x"}, %arg1: tensor<8xf16> {py.name = "y"}, %arg2: tensor<f32> {py.name = "alpha", py.scalar}) -> tensor<8xf16> attributes {py.doc = "Returns alpha * x + y."} {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg2 : tensor<f32> -> tensor<f16>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[CAST]], %arg0 : (tensor<f16>, tensor<8xf16>) -> tensor<8xf16>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[MUL]], %arg1 : (tensor<8xf16>, tensor<8xf16>) -> tensor<8xf16>
# CHECK-NEXT: return %[[ADD]] : tensor<8xf16>
def axpy(x: "f16[8]", y: "f16[8]", alpha: float):
    """Returns alpha * x + y."""
    return alpha * x + y


# CHECK-LABEL: func.func @int_scalar(
# CHECK-SAME: %arg0: tensor<4xi32> {py.name = "x"}, %arg1: tensor<i64> {py.name = "n", py.scalar}, %arg2: tensor<4xf32> {py.name = "f"}) -> (tensor<4xi32>, tensor<4xf32>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg1 : tensor<i64> -> tensor<i32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[CAST]] : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg1 : tensor<i64> -> tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg2, %[[CAST1]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
# CHECK-NEXT: return %[[MUL]], %[[ADD]] : tensor<4xi32>, tensor<4xf32>
def int_scalar(x: "i32[4]", n: int, f: "f32[4]"):
    # An int scalar keeps i32; a float tensor then promotes.
    return x * n, f + n


# CHECK-LABEL: func.func @bool_scalar(
# CHECK-SAME: %arg0: tensor<4xi1> {py.name = "m"}, %arg1: tensor<i1> {py.name = "flag", py.scalar}) -> tensor<4xi1> {
# CHECK-NEXT: %[[LOGICAL_AND:.*]] = py.logical_and %arg0, %arg1 : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
# CHECK-NEXT: return %[[LOGICAL_AND]] : tensor<4xi1>
def bool_scalar(m: "bool[4]", flag: bool):
    return m & flag


# CHECK-LABEL: func.func @defaults_are_constants(
# CHECK-SAME: %arg0: tensor<4xf32> {py.name = "x"}) -> tensor<4xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[POW:.*]] = py.pow %arg0, %[[C]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<9.99999997E-7> : tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[POW]], %[[C1]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
# CHECK-NEXT: return %[[ADD]] : tensor<4xf32>
def defaults_are_constants(x: "f32[4]", eps=1e-6, power=2):
    return x ** power + eps
