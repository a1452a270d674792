# An op without a Triton lowering is a located error and writes no file. Here
# cross_entropy over a dynamic number of classes stays composite (the class
# range is a compile-time constant in its decomposition).
# RUN: rm -f %t.py
# RUN: not py2triton %s -o %t.py 2>&1 | FileCheck %s
# RUN: not test -e %t.py
import torch
import torch.nn.functional as F


def f(logits: "f32[8, C]", target: "i64[8]"):
    return F.cross_entropy(logits, target)

# CHECK: unsupported-op.py:12:14: error: the Triton back end does not support 'py.cross_entropy' yet
