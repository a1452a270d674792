"""Matmul 4096^3 in fp16."""
import torch


def matmul_fp16(a: "f16[4096, 4096]", b: "f16[4096, 4096]"):
    return a @ b
