# Regression (fixed): returning a Python number is documented to work ("'f' must return
# tensors or numbers"), but translateFunction converts the results after
# resetting `codegen`, so toTensor() makes no constant and every number is
# rejected: "error: 'f' must return tensors or numbers, not an int".
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @tensor_and_int(
# CHECK-SAME: -> (tensor<3xf32>, tensor<i64>)
# CHECK: py.constant dense<2> : tensor<i64>
def tensor_and_int(x: "f32[3]"):
    return x, 2


# CHECK-LABEL: func.func @just_float(
# CHECK-SAME: -> tensor<f32>
# CHECK: py.constant dense<2.500000e+00> : tensor<f32>
def just_float(x: "f32[3]"):
    return 2.5
