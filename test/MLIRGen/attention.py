# F.scaled_dot_product_attention: causal, explicit scale, bool and float
# masks, broadcast batch dims, a value head size different from q/k.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @causal(
# CHECK-SAME: %arg0: tensor<2x8x128x64xf16> {py.name = "q"}, %arg1: tensor<2x8x128x64xf16> {py.name = "k"}, %arg2: tensor<2x8x128x64xf16> {py.name = "v"}) -> tensor<2x8x128x64xf16> {
# CHECK-NEXT: %[[SCALED_DOT_PRODUCT_ATTENTION:.*]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 {is_causal = true} : (tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>) -> tensor<2x8x128x64xf16>
# CHECK-NEXT: return %[[SCALED_DOT_PRODUCT_ATTENTION]] : tensor<2x8x128x64xf16>
def causal(q: "f16[2, 8, 128, 64]", k: "f16[2, 8, 128, 64]", v: "f16[2, 8, 128, 64]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


# CHECK-LABEL: func.func @scaled(
# CHECK-SAME: %arg0: tensor<4x10x16xf32> {py.name = "q"}, %arg1: tensor<4x12x16xf32> {py.name = "k"}, %arg2: tensor<4x12x32xf32> {py.name = "v"}) -> tensor<4x10x32xf32> {
# CHECK-NEXT: %[[SCALED_DOT_PRODUCT_ATTENTION:.*]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 {scale = 1.250000e-01 : f64} : (tensor<4x10x16xf32>, tensor<4x12x16xf32>, tensor<4x12x32xf32>) -> tensor<4x10x32xf32>
# CHECK-NEXT: return %[[SCALED_DOT_PRODUCT_ATTENTION]] : tensor<4x10x32xf32>
def scaled(q: "f32[4, 10, 16]", k: "f32[4, 12, 16]", v: "f32[4, 12, 32]"):
    return F.scaled_dot_product_attention(q, k, v, scale=0.125)


# CHECK-LABEL: func.func @masks(
# CHECK-SAME: %arg0: tensor<2x4x6x8xf32> {py.name = "q"}, %arg1: tensor<2x4x9x8xf32> {py.name = "k"}, %arg2: tensor<2x4x9x8xf32> {py.name = "v"}, %arg3: tensor<6x9xi1> {py.name = "keep"}, %arg4: tensor<2x1x6x9xf32> {py.name = "bias"}) -> (tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) {
# CHECK-NEXT: %[[SCALED_DOT_PRODUCT_ATTENTION:.*]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 mask %arg3 : (tensor<2x4x6x8xf32>, tensor<2x4x9x8xf32>, tensor<2x4x9x8xf32>, tensor<6x9xi1>) -> tensor<2x4x6x8xf32>
# CHECK-NEXT: %[[SCALED_DOT_PRODUCT_ATTENTION1:.*]] = py.scaled_dot_product_attention %arg0, %arg1, %arg2 mask %arg4 : (tensor<2x4x6x8xf32>, tensor<2x4x9x8xf32>, tensor<2x4x9x8xf32>, tensor<2x1x6x9xf32>) -> tensor<2x4x6x8xf32>
# CHECK-NEXT: return %[[SCALED_DOT_PRODUCT_ATTENTION]], %[[SCALED_DOT_PRODUCT_ATTENTION1]] : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>
def masks(q: "f32[2, 4, 6, 8]", k: "f32[2, 4, 9, 8]", v: "f32[2, 4, 9, 8]",
          keep: "bool[6, 9]", bias: "f32[2, 1, 6, 9]"):
    return (F.scaled_dot_product_attention(q, k, v, attn_mask=keep),
            F.scaled_dot_product_attention(q, k, v, bias, 0.0))


# CHECK-LABEL: func.func @reference(
# CHECK-SAME: %arg0: tensor<2x6x8xf32> {py.name = "q"}, %arg1: tensor<2x6x8xf32> {py.name = "k"}, %arg2: tensor<2x6x8xf32> {py.name = "v"}) -> tensor<2x6x8xf32> {
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %arg1 {dim0 = -2 : i64, dim1 = -1 : i64} : tensor<2x6x8xf32> -> tensor<2x8x6xf32>
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %[[TRANSPOSE]] : (tensor<2x6x8xf32>, tensor<2x8x6xf32>) -> tensor<2x6x6xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.353553385> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[MATMUL]], %[[C]] : (tensor<2x6x6xf32>, tensor<f32>) -> tensor<2x6x6xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %[[MUL]] {dim = -1 : i64} : tensor<2x6x6xf32> -> tensor<2x6x6xf32>
# CHECK-NEXT: %[[MATMUL1:.*]] = py.matmul %[[SOFTMAX]], %arg2 : (tensor<2x6x6xf32>, tensor<2x6x8xf32>) -> tensor<2x6x8xf32>
# CHECK-NEXT: return %[[MATMUL1]] : tensor<2x6x8xf32>
def reference(q: "f32[2, 6, 8]", k: "f32[2, 6, 8]", v: "f32[2, 6, 8]"):
    # The same computation by hand.
    scores = q @ k.transpose(-2, -1) * (1.0 / 8 ** 0.5)
    return torch.softmax(scores, dim=-1) @ v
