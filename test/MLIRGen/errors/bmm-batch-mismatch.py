import torch

def f(a: "f32[2, 3, 4]", b: "f32[3, 4, 5]"):
    return torch.bmm(a, b)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: bmm-batch-mismatch.py:4:18: error: 'py.bmm' op batch sizes differ: 2 and 3
# CHECK-NEXT: {{^}}    return torch.bmm(a, b){{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}
