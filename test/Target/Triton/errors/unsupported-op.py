# An op without a Triton lowering is a located error and writes no file.
# RUN: rm -f %t.py
# RUN: not py2triton %s -o %t.py 2>&1 | FileCheck %s
# RUN: not test -e %t.py
import torch


def f(x: "f32[4, 8]"):
    return torch.nn.functional.max_pool1d(x[None], 2)

# CHECK: unsupported-op.py:9:32: error: the Triton back end does not support 'py.max_pool' yet
