# F.batch_norm (inference: training=False) with and without weight / bias,
# on 2-D, 3-D and 4-D inputs; running_var made positive in the function.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def bn4d(x: "f32[2, 5, 1, 9]", m: "f32[5]", v: "f32[5]", w: "f32[5]", b: "f32[5]"):
    var = v.abs() + 0.5
    return (F.batch_norm(x, m, var, w, b, False, 0.1, 1e-5),
            F.batch_norm(x, m, var, training=False),
            F.batch_norm(x, m, var, weight=w, eps=1e-3),
            F.batch_norm(x, m, var, bias=b))


def bn2d(x: "f32[17, 3]", m: "f32[3]", v: "f32[3]", w: "f32[3]", b: "f32[3]"):
    return F.batch_norm(x, m, v * v + 0.25, w, b)


def bn3d(x: "f32[4, 3, 31]", m: "f32[3]", v: "f32[3]", w: "f32[3]", b: "f32[3]"):
    return F.batch_norm(x, m, v * v + 0.25, w, b, eps=1e-2)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
