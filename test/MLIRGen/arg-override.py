# --arg NAME=SHAPE:DTYPE overrides annotations and get_inputs() (for every
# function with that parameter); '?' is a dynamic dim, 'scalar' a 0-d tensor.
# RUN: py2triton %s --emit=mlir --arg x=16x?:f16 --arg bias=?:float16 --arg n=scalar:int64 | FileCheck %s
import torch


# CHECK-LABEL: func.func @add_bias(
# CHECK-SAME: %arg0: tensor<16x?xf16> {py.name = "x"}, %arg1: tensor<?xf16> {py.name = "bias"}) -> tensor<16x?xf16> {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<16x?xf16>, tensor<?xf16>) -> tensor<16x?xf16>
# CHECK-NEXT: return %[[ADD]] : tensor<16x?xf16>
def add_bias(x: "f32[4, 8]", bias: "f32[8]"):
    return x + bias


# CHECK-LABEL: func.func @scale(
# CHECK-SAME: %arg0: tensor<16x?xf16> {py.name = "x"}, %arg1: tensor<i64> {py.name = "n"}) -> tensor<16x?xf16> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg1 : tensor<i64> -> tensor<f16>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[CAST]] : (tensor<16x?xf16>, tensor<f16>) -> tensor<16x?xf16>
# CHECK-NEXT: return %[[MUL]] : tensor<16x?xf16>
def scale(x, n):
    return x * n


def get_inputs():
    return [torch.randn(2, 2), torch.randn(2)]
