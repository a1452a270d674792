import torch

def f(x):
    return x * 2

# RUN: not py2triton %s --emit=mlir --function g 2>&1 | FileCheck --strict-whitespace %s
# CHECK: function-not-found.py: error: no function or class named 'g'
