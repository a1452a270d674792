import torch

def f(x: "f32[8]"):
    return torch.fft.fft(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unsupported-torch-namespace.py:4:18: error: 'torch.fft' is not supported by py2triton
# CHECK-NEXT: {{^}}    return torch.fft.fft(x){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
