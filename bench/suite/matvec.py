"""Matrix-vector product (memory-bound: reads the matrix once)."""
import torch


def matvec(a: "f32[8192, 8192]", v: "f32[8192]"):
    return a @ v
