import torch

def _helper(x):
    return x

def get_inputs():
    return [torch.randn(2)]

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: nothing-to-translate.py: error: nothing to translate: no public function or Model class
