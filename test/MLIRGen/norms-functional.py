# Functional normalisation: layer_norm / rms_norm / batch_norm (eval) /
# group_norm / instance_norm / normalize / cosine_similarity.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @layer_norm(
# CHECK-SAME: %arg0: tensor<4x10x32xf32> {py.name = "x"}, %arg1: tensor<32xf32> {py.name = "w"}, %arg2: tensor<32xf32> {py.name = "b"}, %arg3: tensor<10x32xf32> {py.name = "w2"}) -> (tensor<4x10x32xf32>, tensor<4x10x32xf32>, tensor<4x10x32xf32>, tensor<4x10x32xf32>) {
# CHECK-NEXT: %[[LAYER_NORM:.*]] = py.layer_norm %arg0 weight %arg1 bias %arg2 {normalized_shape = array<i64: 32>} : (tensor<4x10x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<4x10x32xf32>
# CHECK-NEXT: %[[LAYER_NORM1:.*]] = py.layer_norm %arg0 {eps = 9.9999999999999995E-7 : f64, normalized_shape = array<i64: 32>} : (tensor<4x10x32xf32>) -> tensor<4x10x32xf32>
# CHECK-NEXT: %[[LAYER_NORM2:.*]] = py.layer_norm %arg0 weight %arg3 {normalized_shape = array<i64: 10, 32>} : (tensor<4x10x32xf32>, tensor<10x32xf32>) -> tensor<4x10x32xf32>
# CHECK-NEXT: %[[LAYER_NORM3:.*]] = py.layer_norm %arg0 bias %arg2 {normalized_shape = array<i64: 32>} : (tensor<4x10x32xf32>, tensor<32xf32>) -> tensor<4x10x32xf32>
# CHECK-NEXT: return %[[LAYER_NORM]], %[[LAYER_NORM1]], %[[LAYER_NORM2]], %[[LAYER_NORM3]] : tensor<4x10x32xf32>, tensor<4x10x32xf32>, tensor<4x10x32xf32>, tensor<4x10x32xf32>
def layer_norm(x: "f32[4, 10, 32]", w: "f32[32]", b: "f32[32]", w2: "f32[10, 32]"):
    return (F.layer_norm(x, (32,), w, b), F.layer_norm(x, [32], eps=1e-6),
            F.layer_norm(x, (10, 32), weight=w2), F.layer_norm(x, x.shape[-1:], bias=b))


# CHECK-LABEL: func.func @rms_norm(
# CHECK-SAME: %arg0: tensor<2x16xbf16> {py.name = "x"}, %arg1: tensor<16xbf16> {py.name = "w"}) -> (tensor<2x16xbf16>, tensor<2x16xbf16>) {
# CHECK-NEXT: %[[RMS_NORM:.*]] = py.rms_norm %arg0 {normalized_shape = array<i64: 16>} : (tensor<2x16xbf16>) -> tensor<2x16xbf16>
# CHECK-NEXT: %[[RMS_NORM1:.*]] = py.rms_norm %arg0 weight %arg1 {eps = 1.000000e-05 : f64, normalized_shape = array<i64: 16>} : (tensor<2x16xbf16>, tensor<16xbf16>) -> tensor<2x16xbf16>
# CHECK-NEXT: return %[[RMS_NORM]], %[[RMS_NORM1]] : tensor<2x16xbf16>, tensor<2x16xbf16>
def rms_norm(x: "bf16[2, 16]", w: "bf16[16]"):
    return F.rms_norm(x, (16,)), F.rms_norm(x, [16], w, eps=1e-5)


# CHECK-LABEL: func.func @batch_norm(
# CHECK-SAME: %arg0: tensor<8x4x5x5xf32> {py.name = "x"}, %arg1: tensor<4xf32> {py.name = "mean"}, %arg2: tensor<4xf32> {py.name = "var"}, %arg3: tensor<4xf32> {py.name = "w"}, %arg4: tensor<4xf32> {py.name = "b"}) -> (tensor<8x4x5x5xf32>, tensor<8x4x5x5xf32>) {
# CHECK-NEXT: %[[BATCH_NORM:.*]] = py.batch_norm %arg0, %arg1, %arg2 : (tensor<8x4x5x5xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<8x4x5x5xf32>
# CHECK-NEXT: %[[BATCH_NORM1:.*]] = py.batch_norm %arg0, %arg1, %arg2 weight %arg3 bias %arg4 {eps = 1.000000e-03 : f64} : (tensor<8x4x5x5xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<8x4x5x5xf32>
# CHECK-NEXT: return %[[BATCH_NORM]], %[[BATCH_NORM1]] : tensor<8x4x5x5xf32>, tensor<8x4x5x5xf32>
def batch_norm(x: "f32[8, 4, 5, 5]", mean: "f32[4]", var: "f32[4]", w: "f32[4]", b: "f32[4]"):
    return F.batch_norm(x, mean, var), F.batch_norm(x, mean, var, w, b, False, 0.1, 1e-3)


# CHECK-LABEL: func.func @group_instance_norm(
# CHECK-SAME: %arg0: tensor<2x6x7xf32> {py.name = "x"}, %arg1: tensor<6xf32> {py.name = "w"}, %arg2: tensor<6xf32> {py.name = "b"}) -> (tensor<2x6x7xf32>, tensor<2x6x7xf32>, tensor<2x6x7xf32>, tensor<2x6x7xf32>) {
# CHECK-NEXT: %[[GROUP_NORM:.*]] = py.group_norm %arg0 {num_groups = 3 : i64} : (tensor<2x6x7xf32>) -> tensor<2x6x7xf32>
# CHECK-NEXT: %[[GROUP_NORM1:.*]] = py.group_norm %arg0 weight %arg1 bias %arg2 {eps = 1.000000e-04 : f64, num_groups = 2 : i64} : (tensor<2x6x7xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x7xf32>
# CHECK-NEXT: %[[INSTANCE_NORM:.*]] = py.instance_norm %arg0 : (tensor<2x6x7xf32>) -> tensor<2x6x7xf32>
# CHECK-NEXT: %[[INSTANCE_NORM1:.*]] = py.instance_norm %arg0 weight %arg1 bias %arg2 : (tensor<2x6x7xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x7xf32>
# CHECK-NEXT: return %[[GROUP_NORM]], %[[GROUP_NORM1]], %[[INSTANCE_NORM]], %[[INSTANCE_NORM1]] : tensor<2x6x7xf32>, tensor<2x6x7xf32>, tensor<2x6x7xf32>, tensor<2x6x7xf32>
def group_instance_norm(x: "f32[2, 6, 7]", w: "f32[6]", b: "f32[6]"):
    return F.group_norm(x, 3), F.group_norm(x, 2, w, b, eps=1e-4), F.instance_norm(x), F.instance_norm(x, weight=w, bias=b)


# CHECK-LABEL: func.func @normalize(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
# CHECK-NEXT: %[[NORMALIZE:.*]] = py.normalize %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[NORMALIZE1:.*]] = py.normalize %arg0 {dim = -1 : i64, p = 1.000000e+00 : f64} : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[NORMALIZE2:.*]] = py.normalize %arg0 {dim = 0 : i64, eps = 9.9999999999999995E-7 : f64} : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: return %[[NORMALIZE]], %[[NORMALIZE1]], %[[NORMALIZE2]] : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
def normalize(x: "f32[4, 8]"):
    return F.normalize(x), F.normalize(x, p=1.0, dim=-1), F.normalize(x, dim=0, eps=1e-6)


# CHECK-LABEL: func.func @cosine_similarity(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "a"}, %arg1: tensor<4x8xf32> {py.name = "b"}, %arg2: tensor<8xf32> {py.name = "c"}) -> (tensor<4xf32>, tensor<4xf32>, tensor<8xf32>) {
# CHECK-NEXT: %[[COSINE_SIMILARITY:.*]] = py.cosine_similarity %arg0, %arg1 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4xf32>
# CHECK-NEXT: %[[COSINE_SIMILARITY1:.*]] = py.cosine_similarity %arg0, %arg2 {dim = -1 : i64, eps = 9.9999999999999995E-7 : f64} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4xf32>
# CHECK-NEXT: %[[COSINE_SIMILARITY2:.*]] = py.cosine_similarity %arg0, %arg1 {dim = 0 : i64} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<8xf32>
# CHECK-NEXT: return %[[COSINE_SIMILARITY]], %[[COSINE_SIMILARITY1]], %[[COSINE_SIMILARITY2]] : tensor<4xf32>, tensor<4xf32>, tensor<8xf32>
def cosine_similarity(a: "f32[4, 8]", b: "f32[4, 8]", c: "f32[8]"):
    return F.cosine_similarity(a, b), F.cosine_similarity(a, c, dim=-1, eps=1e-6), torch.cosine_similarity(a, b, 0)
