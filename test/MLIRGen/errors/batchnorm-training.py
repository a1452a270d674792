import torch
import torch.nn.functional as F

def f(x: "f32[4, 3]", m: "f32[3]", v: "f32[3]"):
    return F.batch_norm(x, m, v, training=True)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: batchnorm-training.py:5:14: error: batch_norm in training mode (batch statistics) is not supported by py2triton yet; call model.eval()
# CHECK-NEXT: {{^}}    return F.batch_norm(x, m, v, training=True){{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
