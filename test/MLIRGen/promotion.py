# Torch type promotion: Python scalars and 0-d tensors do not widen the dtype
# of dimensioned tensors of the same category; a float scalar turns an int
# tensor into the default float dtype; mixed f16/bf16 promote to f32.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @half_times_scalar
def half_times_scalar(x: "f16[8, 3]"):
    # CHECK: %[[C:.*]] = py.constant dense<2.500000e+00> : tensor<f16>
    # CHECK: py.mul %arg0, %[[C]] : (tensor<8x3xf16>, tensor<f16>) -> tensor<8x3xf16>
    return x * 2.5


# CHECK-LABEL: func.func @int_times_float
def int_times_float(x: "i64[5]"):
    # CHECK: %[[X:.*]] = py.cast %arg0 : tensor<5xi64> -> tensor<5xf32>
    # CHECK: %[[C:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
    # CHECK: py.mul %[[X]], %[[C]] : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
    return x * 0.5


# CHECK-LABEL: func.func @int_plus_int_scalar
def int_plus_int_scalar(x: "i32[5]"):
    # CHECK: py.constant dense<3> : tensor<i32>
    # CHECK: py.add {{.*}} -> tensor<5xi32>
    return x + 3


# CHECK-LABEL: func.func @half_plus_bf16
def half_plus_bf16(x: "f16[4]", y: "bf16[4]"):
    # CHECK-DAG: py.cast %arg0 : tensor<4xf16> -> tensor<4xf32>
    # CHECK-DAG: py.cast %arg1 : tensor<4xbf16> -> tensor<4xf32>
    # CHECK: py.add {{.*}} -> tensor<4xf32>
    return x + y


# CHECK-LABEL: func.func @half_plus_zero_dim_f32
def half_plus_zero_dim_f32(x: "f16[4]", s: "f32[]"):
    # A 0-d tensor of the same category does not promote.
    # CHECK: py.cast %arg1 : tensor<f32> -> tensor<f16>
    # CHECK: py.add {{.*}} -> tensor<4xf16>
    return x + s


# CHECK-LABEL: func.func @int_div_int
def int_div_int(x: "i64[6]", y: "i64[6]"):
    # True division of ints is float.
    # CHECK-DAG: py.cast %arg0 : tensor<6xi64> -> tensor<6xf32>
    # CHECK-DAG: py.cast %arg1 : tensor<6xi64> -> tensor<6xf32>
    # CHECK: py.div {{.*}} -> tensor<6xf32>
    return x / y


# CHECK-LABEL: func.func @scalar_arg
# CHECK-SAME: %arg1: tensor<f32> {py.name = "alpha", py.scalar}
def scalar_arg(x: "bf16[7]", alpha: float):
    # A float argument is a Python scalar: bf16 stays bf16.
    # CHECK: py.cast %arg1 : tensor<f32> -> tensor<bf16>
    # CHECK: py.mul {{.*}} -> tensor<7xbf16>
    return x * alpha


# CHECK-LABEL: func.func @compare_to_bool
def compare_to_bool(x: "f32[3]"):
    # CHECK: py.gt {{.*}} -> tensor<3xi1>
    return x > 0
