# `if` / conditional expressions on compile-time values fold: only the taken
# branch is translated. Conditions may test shapes, ranks, dtypes, defaults.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch

USE_BIAS = True
ACTIVATION = "gelu"


# CHECK-LABEL: func.func @on_module_constants(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}, %arg1: tensor<8xf32> {py.name = "b"}) -> tensor<4x8xf32> {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[GELU:.*]] = py.gelu %[[ADD]] : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: return %[[GELU]] : tensor<4x8xf32>
def on_module_constants(x: "f32[4, 8]", b: "f32[8]"):
    if USE_BIAS:
        x = x + b
    if ACTIVATION == "relu":
        return torch.relu(x)
    elif ACTIVATION == "gelu":
        return torch.nn.functional.gelu(x)
    else:
        return x


# CHECK-LABEL: func.func @on_shapes(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}) -> tensor<4x2xf32> {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: 4, 2, 4>} : tensor<4x8xf32> -> tensor<4x2x4xf32>
# CHECK-NEXT: %[[SUM:.*]] = py.sum %[[RESHAPE]] {dims = array<i64: -1>} : tensor<4x2x4xf32> -> tensor<4x2xf32>
# CHECK-NEXT: return %[[SUM]] : tensor<4x2xf32>
def on_shapes(x: "f32[4, 8]"):
    if x.dim() == 2 and x.shape[-1] % 4 == 0:
        y = x.view(4, 2, 4)
    else:
        y = x.unsqueeze(0)
    return y.sum(-1) if x.size(0) > 2 else y


# CHECK-LABEL: func.func @on_dtype(
# CHECK-SAME: %arg0: tensor<3xf16> {py.name = "x"}, %arg1: tensor<3xf32> {py.name = "y"}) -> tensor<3xf16> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg1 {py.explicit} : tensor<3xf32> -> tensor<3xf16>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[CAST]] : (tensor<3xf16>, tensor<3xf16>) -> tensor<3xf16>
# CHECK-NEXT: return %[[ADD]] : tensor<3xf16>
def on_dtype(x: "f16[3]", y: "f32[3]"):
    a = x if x.dtype == torch.float16 else x.half()
    b = y.half() if y.dtype != torch.float16 else y
    return a + b


# CHECK-LABEL: func.func @on_default(
# CHECK-SAME: %arg0: tensor<5xf32> {py.name = "x"}) -> tensor<f32> {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 : tensor<5xf32> -> tensor<f32>
# CHECK-NEXT: return %[[SUM]] : tensor<f32>
def on_default(x: "f32[5]", mode="sum", scale=None):
    if scale is not None:
        x = x * scale
    if mode in ("sum", "total"):
        return x.sum()
    return x.mean()


# CHECK-LABEL: func.func @not_and_or(
# CHECK-SAME: %arg0: tensor<2xf32> {py.name = "x"}) -> tensor<2xf32> {
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<2xf32> -> tensor<2xf32>
# CHECK-NEXT: return %[[NEG]] : tensor<2xf32>
def not_and_or(x: "f32[2]", flag=False):
    if not flag and (x.ndim > 1 or x.numel() == 2):
        return -x
    return x
