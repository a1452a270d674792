# Float-producing unary ops under torch.*: float inputs keep their dtype.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @exp_log_family(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
# CHECK-NEXT: %[[EXP:.*]] = py.exp %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[EXP2:.*]] = py.exp2 %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[EXPM1:.*]] = py.expm1 %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[LOG:.*]] = py.log %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[LOG2:.*]] = py.log2 %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[LOG10:.*]] = py.log10 %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[LOG1P:.*]] = py.log1p %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: return %[[EXP]], %[[EXP2]], %[[EXPM1]], %[[LOG]], %[[LOG2]], %[[LOG10]], %[[LOG1P]] : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
def exp_log_family(x: "f32[4, 8]"):
    return (torch.exp(x), torch.exp2(x), torch.expm1(x), torch.log(x),
            torch.log2(x), torch.log10(x), torch.log1p(x))


# CHECK-LABEL: func.func @roots_and_trig(
# CHECK-SAME: %arg0: tensor<16xbf16> {py.name = "x"}) -> (tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>) {
# CHECK-NEXT: %[[SQRT:.*]] = py.sqrt %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[RSQRT:.*]] = py.rsqrt %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[SIN:.*]] = py.sin %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[COS:.*]] = py.cos %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[TAN:.*]] = py.tan %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[ERF:.*]] = py.erf %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: %[[RECIPROCAL:.*]] = py.reciprocal %arg0 : tensor<16xbf16> -> tensor<16xbf16>
# CHECK-NEXT: return %[[SQRT]], %[[RSQRT]], %[[SIN]], %[[COS]], %[[TAN]], %[[TANH]], %[[SIGMOID]], %[[ERF]], %[[RECIPROCAL]] : tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>, tensor<16xbf16>
def roots_and_trig(x: "bf16[16]"):
    return (torch.sqrt(x), torch.rsqrt(x), torch.sin(x), torch.cos(x),
            torch.tan(x), torch.tanh(x), torch.sigmoid(x), torch.erf(x),
            torch.reciprocal(x))


# CHECK-LABEL: func.func @same_dtype_ops(
# CHECK-SAME: %arg0: tensor<2x3x5xf16> {py.name = "x"}) -> (tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>) {
# CHECK-NEXT: %[[ABS:.*]] = py.abs %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[ABS1:.*]] = py.abs %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[NEG1:.*]] = py.neg %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[FLOOR:.*]] = py.floor %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[CEIL:.*]] = py.ceil %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[ROUND:.*]] = py.round %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[TRUNC:.*]] = py.trunc %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[SIGN:.*]] = py.sign %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[SQUARE:.*]] = py.square %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %arg0 : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
# CHECK-NEXT: return %[[ABS]], %[[ABS1]], %[[NEG]], %[[NEG1]], %[[FLOOR]], %[[CEIL]], %[[ROUND]], %[[TRUNC]], %[[SIGN]], %[[SQUARE]], %[[RELU]] : tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>, tensor<2x3x5xf16>
def same_dtype_ops(x: "f16[2, 3, 5]"):
    return (torch.abs(x), torch.absolute(x), torch.neg(x), torch.negative(x),
            torch.floor(x), torch.ceil(x), torch.round(x), torch.trunc(x),
            torch.sign(x), torch.square(x), torch.relu(x))
