# Unary tensor methods route to the same ops as their torch.* forms.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @float_methods(
# CHECK-SAME: %arg0: tensor<3x5xf16> {py.name = "x"}) -> (tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>) {
# CHECK-NEXT: %[[EXP:.*]] = py.exp %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[EXP2:.*]] = py.exp2 %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[EXPM1:.*]] = py.expm1 %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[LOG:.*]] = py.log %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[LOG2:.*]] = py.log2 %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[LOG10:.*]] = py.log10 %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[LOG1P:.*]] = py.log1p %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[SQRT:.*]] = py.sqrt %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[RSQRT:.*]] = py.rsqrt %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[SIN:.*]] = py.sin %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[COS:.*]] = py.cos %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[TAN:.*]] = py.tan %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[ERF:.*]] = py.erf %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: %[[RECIPROCAL:.*]] = py.reciprocal %arg0 : tensor<3x5xf16> -> tensor<3x5xf16>
# CHECK-NEXT: return %[[EXP]], %[[EXP2]], %[[EXPM1]], %[[LOG]], %[[LOG2]], %[[LOG10]], %[[LOG1P]], %[[SQRT]], %[[RSQRT]], %[[SIN]], %[[COS]], %[[TAN]], %[[TANH]], %[[SIGMOID]], %[[ERF]], %[[RECIPROCAL]] : tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>, tensor<3x5xf16>
def float_methods(x: "f16[3, 5]"):
    return (x.exp(), x.exp2(), x.expm1(), x.log(), x.log2(), x.log10(),
            x.log1p(), x.sqrt(), x.rsqrt(), x.sin(), x.cos(), x.tan(),
            x.tanh(), x.sigmoid(), x.erf(), x.reciprocal())


# CHECK-LABEL: func.func @same_methods(
# CHECK-SAME: %arg0: tensor<7xf32> {py.name = "x"}) -> (tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>) {
# CHECK-NEXT: %[[ABS:.*]] = py.abs %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[FLOOR:.*]] = py.floor %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[CEIL:.*]] = py.ceil %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[ROUND:.*]] = py.round %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[TRUNC:.*]] = py.trunc %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[SIGN:.*]] = py.sign %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[SQUARE:.*]] = py.square %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: %[[HARDSHRINK:.*]] = py.hardshrink %arg0 {lambd = 2.500000e-01 : f64} : tensor<7xf32> -> tensor<7xf32>
# CHECK-NEXT: return %[[ABS]], %[[NEG]], %[[FLOOR]], %[[CEIL]], %[[ROUND]], %[[TRUNC]], %[[SIGN]], %[[SQUARE]], %[[RELU]], %[[HARDSHRINK]] : tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>, tensor<7xf32>
def same_methods(x: "f32[7]"):
    return (x.abs(), x.neg(), x.floor(), x.ceil(), x.round(), x.trunc(),
            x.sign(), x.square(), x.relu(), x.hardshrink(0.25))


# CHECK-LABEL: func.func @python_abs_and_neg(
# CHECK-SAME: %arg0: tensor<2x2xf32> {py.name = "x"}) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
# CHECK-NEXT: %[[ABS:.*]] = py.abs %arg0 : tensor<2x2xf32> -> tensor<2x2xf32>
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<2x2xf32> -> tensor<2x2xf32>
# CHECK-NEXT: return %[[ABS]], %[[NEG]], %arg0 : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
def python_abs_and_neg(x: "f32[2, 2]"):
    # Python's abs() and unary minus on a tensor.
    return abs(x), -x, +x
