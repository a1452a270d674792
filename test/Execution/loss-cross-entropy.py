# A KernelBench-style cross-entropy Model: class-index targets from
# torch.randint, reduction mean (default), sum and none.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, predictions, targets):
        return (F.cross_entropy(predictions, targets),
                F.cross_entropy(predictions, targets, reduction="sum"),
                F.cross_entropy(predictions, targets, reduction="none"),
                torch.nn.functional.cross_entropy(predictions * 3.0, targets))


batch_size = 37
num_classes = 11


def get_inputs():
    return [torch.randn(batch_size, num_classes), torch.randint(0, num_classes, (batch_size,))]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
