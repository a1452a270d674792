# reshape / view with -1, view_as / reshape_as, flatten, nn.Flatten.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


# CHECK-LABEL: func.func @infer_minus_one(
# CHECK-SAME: %arg0: tensor<4x6x8xf32> {py.name = "x"}) -> (tensor<192xf32>, tensor<4x48xf32>, tensor<2x12x8xf32>, tensor<24x8xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: -1>} : tensor<4x6x8xf32> -> tensor<192xf32>
# CHECK-NEXT: %[[RESHAPE1:.*]] = py.reshape %arg0 {shape = array<i64: 4, -1>} : tensor<4x6x8xf32> -> tensor<4x48xf32>
# CHECK-NEXT: %[[RESHAPE2:.*]] = py.reshape %arg0 {shape = array<i64: 2, -1, 8>} : tensor<4x6x8xf32> -> tensor<2x12x8xf32>
# CHECK-NEXT: %[[RESHAPE3:.*]] = py.reshape %arg0 {shape = array<i64: 24, 8>} : tensor<4x6x8xf32> -> tensor<24x8xf32>
# CHECK-NEXT: return %[[RESHAPE]], %[[RESHAPE1]], %[[RESHAPE2]], %[[RESHAPE3]] : tensor<192xf32>, tensor<4x48xf32>, tensor<2x12x8xf32>, tensor<24x8xf32>
def infer_minus_one(x: "f32[4, 6, 8]"):
    return x.reshape(-1), x.view(4, -1), torch.reshape(x, (2, -1, 8)), x.view([24, 8])


# CHECK-LABEL: func.func @as_other(
# CHECK-SAME: %arg0: tensor<2x12xf32> {py.name = "x"}, %arg1: tensor<6x4xf32> {py.name = "y"}, %arg2: tensor<1x12xf32> {py.name = "z"}) -> (tensor<6x4xf32>, tensor<6x4xf32>, tensor<2x12xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: 6, 4>} : tensor<2x12xf32> -> tensor<6x4xf32>
# CHECK-NEXT: %[[RESHAPE1:.*]] = py.reshape %arg0 {shape = array<i64: 6, 4>} : tensor<2x12xf32> -> tensor<6x4xf32>
# CHECK-NEXT: %[[EXPAND:.*]] = py.expand %arg2 {sizes = array<i64: 2, 12>} : tensor<1x12xf32> -> tensor<2x12xf32>
# CHECK-NEXT: return %[[RESHAPE]], %[[RESHAPE1]], %[[EXPAND]] : tensor<6x4xf32>, tensor<6x4xf32>, tensor<2x12xf32>
def as_other(x: "f32[2, 12]", y: "f32[6, 4]", z: "f32[1, 12]"):
    return x.view_as(y), x.reshape_as(y), z.expand_as(x)


# CHECK-LABEL: func.func @flatten(
# CHECK-SAME: %arg0: tensor<2x3x4x5xf16> {py.name = "x"}) -> (tensor<120xf16>, tensor<2x60xf16>, tensor<2x12x5xf16>, tensor<2x3x20xf16>, tensor<2x60xf16>) {
# CHECK-NEXT: %[[FLATTEN:.*]] = py.flatten %arg0 : tensor<2x3x4x5xf16> -> tensor<120xf16>
# CHECK-NEXT: %[[FLATTEN1:.*]] = py.flatten %arg0 {start_dim = 1 : i64} : tensor<2x3x4x5xf16> -> tensor<2x60xf16>
# CHECK-NEXT: %[[FLATTEN2:.*]] = py.flatten %arg0 {end_dim = 2 : i64, start_dim = 1 : i64} : tensor<2x3x4x5xf16> -> tensor<2x12x5xf16>
# CHECK-NEXT: %[[FLATTEN3:.*]] = py.flatten %arg0 {start_dim = -2 : i64} : tensor<2x3x4x5xf16> -> tensor<2x3x20xf16>
# CHECK-NEXT: %[[FLATTEN4:.*]] = py.flatten %arg0 {start_dim = 1 : i64} : tensor<2x3x4x5xf16> -> tensor<2x60xf16>
# CHECK-NEXT: return %[[FLATTEN]], %[[FLATTEN1]], %[[FLATTEN2]], %[[FLATTEN3]], %[[FLATTEN4]] : tensor<120xf16>, tensor<2x60xf16>, tensor<2x12x5xf16>, tensor<2x3x20xf16>, tensor<2x60xf16>
def flatten(x: "f16[2, 3, 4, 5]"):
    return (torch.flatten(x), torch.flatten(x, 1), x.flatten(1, 2),
            x.flatten(start_dim=-2), nn.Flatten()(x))


# CHECK-LABEL: func.func @heads(
# CHECK-SAME: %arg0: tensor<2x10x64xf32> {py.name = "x"}) -> tensor<2x4x10x16xf32> {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: 2, 10, 4, 16>} : tensor<2x10x64xf32> -> tensor<2x10x4x16xf32>
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %[[RESHAPE]] {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<2x10x4x16xf32> -> tensor<2x4x10x16xf32>
# CHECK-NEXT: return %[[TRANSPOSE]] : tensor<2x4x10x16xf32>
def heads(x: "f32[2, 10, 64]", num_heads=4):
    # Split the embedding into heads: [B, S, E] -> [B, H, S, E / H].
    b, s, e = x.shape
    return x.view(b, s, num_heads, e // num_heads).transpose(1, 2)


# CHECK-LABEL: func.func @dynamic_batch(
# CHECK-SAME: %arg0: tensor<?x4x4xf32> {py.name = "x"}) -> (tensor<?x16xf32>, tensor<?x16xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: -1, 16>} : tensor<?x4x4xf32> -> tensor<?x16xf32>
# CHECK-NEXT: %[[FLATTEN:.*]] = py.flatten %arg0 {start_dim = 1 : i64} : tensor<?x4x4xf32> -> tensor<?x16xf32>
# CHECK-NEXT: return %[[RESHAPE]], %[[FLATTEN]] : tensor<?x16xf32>, tensor<?x16xf32>
def dynamic_batch(x: "f32[B, 4, 4]"):
    return x.reshape(-1, 16), x.flatten(1)
