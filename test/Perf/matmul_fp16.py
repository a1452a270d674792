# A 4096^3 fp16 matmul (autotuned tiles) against cuBLAS through eager.
# REQUIRES: cuda
# RUN: %perf %s
import torch


def matmul_fp16(a: "f16[4096, 4096]", b: "f16[4096, 4096]"):
    return a @ b
