# Integer arithmetic keeps Python/torch semantics (floor division and modulo
# round toward negative infinity).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def int_ops(a: "i64[300]", b: "i64[300]"):
    c = b * 2 + 1
    return a // c, a % c, torch.where(a > b, a, b), (a * 3).sum()

# CHECK-NOT: FAIL
# CHECK: passed, 0 failed
