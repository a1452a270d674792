import torch
import torch.nn.functional as F

def f(logits: "f32[8, 10]", target: "i64[10]"):
    return F.cross_entropy(logits, target)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: cross-entropy-target-shape.py:5:14: error: 'py.cross_entropy' op expects targets of shape [8] for input 'tensor<8x10xf32>', got 'tensor<10xi64>'
# CHECK-NEXT: {{^}}    return F.cross_entropy(logits, target){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
