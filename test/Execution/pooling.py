# Max and average pooling (1-D/2-D/3-D, padding, stride, dilation, ceil mode,
# count_include_pad): each output element walks its window.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F

def mp2(x: "f32[2, 3, 11, 13]"):
    return F.max_pool2d(x, 3, stride=2, padding=1)

def ap2(x: "f32[2, 3, 11, 13]"):
    return F.avg_pool2d(x, 3, stride=2, padding=1), F.avg_pool2d(x, 2, ceil_mode=True), F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False)

def mp1(x: "f32[4, 5, 17]"):
    return F.max_pool1d(x, 4, stride=3, dilation=2, ceil_mode=True)

def ap3(x: "f32[1, 2, 5, 6, 7]"):
    return F.avg_pool3d(x, 2)

# CHECK-NOT: FAIL
# CHECK: {{^}}30 passed, 0 failed, 6 skipped
