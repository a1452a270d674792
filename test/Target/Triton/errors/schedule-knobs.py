# Bad --schedule specs are errors, with no output file.
# RUN: rm -f %t.py
# RUN: not py2triton %s -o %t.py --schedule=bogus=1 2>&1 | FileCheck %s --check-prefix=UNKNOWN
# RUN: not test -e %t.py
# RUN: not py2triton %s --schedule=num_warps=3 2>&1 | FileCheck %s --check-prefix=POW2
# RUN: not py2triton %s --schedule=reduction=fast 2>&1 | FileCheck %s --check-prefix=MODE
# RUN: not py2triton %s --schedule=matmul_tile=64x64 2>&1 | FileCheck %s --check-prefix=TILE
# RUN: not py2triton %s --schedule=block 2>&1 | FileCheck %s --check-prefix=VALUE
# RUN: not py2triton %s --schedule=block=64,block=128 2>&1 | FileCheck %s --check-prefix=TWICE
# RUN: not py2triton %s --schedule=split_k=x 2>&1 | FileCheck %s --check-prefix=INT
import torch


def f(x: "f32[4]"):
    return x + 1.0

# UNKNOWN: error: --schedule: unknown schedule knob 'bogus' (known: fuse, reduction, num_warps, num_stages, block, row_block, matmul_tile, autotune, split_k)
# POW2: error: --schedule: schedule knob 'num_warps' must be a power of two in [1, 32], got 3
# MODE: error: --schedule: schedule knob 'reduction' must be auto, persistent or looped, got 'fast'
# TILE: error: --schedule: schedule knob 'matmul_tile' must be BMxBNxBK with powers of two in [16, 512], got '64x64'
# VALUE: error: --schedule: schedule knob 'block' needs a value (block=...)
# TWICE: error: --schedule: schedule knob 'block' given twice
# INT: error: --schedule: schedule knob 'split_k' needs an integer, got 'x'
