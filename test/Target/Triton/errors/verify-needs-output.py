# --verify runs the written module, so it needs -o.
# RUN: not py2triton %s --verify 2>&1 | FileCheck %s
import torch


def f(x: "f32[4]"):
    return x + 1.0

# CHECK: error: --verify needs -o OUT (the kernel module to run)
