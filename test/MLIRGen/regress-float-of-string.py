# Regression (fixed): float("-inf") / float("inf") (common in attention masks) is rejected:
# "float() argument must be a number known at compile time, not a string".
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @mask_fill(
# CHECK: py.constant dense<0xFF800000> : tensor<f32>
# CHECK: py.where
def mask_fill(x: "f32[4, 4]", mask: "bool[4, 4]"):
    return x.masked_fill(mask, float("-inf"))
