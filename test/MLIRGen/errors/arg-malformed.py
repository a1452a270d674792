import torch

def f(x):
    return x * 2

# RUN: not py2triton %s --emit=mlir --arg x=4x4 2>&1 | FileCheck --strict-whitespace %s
# CHECK: py2triton: error: invalid --arg 'x=4x4': expected NAME=SHAPE:DTYPE (missing ':DTYPE')
