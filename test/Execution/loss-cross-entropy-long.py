# Cross-entropy over 40000 classes (beyond the persistent limit): one loop
# per row for the max and the sum of exponentials, the target's logit read
# directly (no loop over the classes for the one-hot pick).
# RUN: py2triton %s -o %t.py && %check %s %t.py --trials 1 | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, predictions, targets):
        return (F.cross_entropy(predictions * 4.0, targets),
                F.cross_entropy(predictions, targets, reduction="none"),
                F.cross_entropy(predictions, targets, label_smoothing=0.1),
                F.nll_loss(F.log_softmax(predictions, dim=1), targets, reduction="sum"))


batch_size = 3
num_classes = 40000


def get_inputs():
    return [torch.randn(batch_size, num_classes),
            torch.randint(0, num_classes, (batch_size,))]


def get_init_inputs():
    return []

# CHECK-NOT: FAIL
# CHECK: {{^}}3 passed, 0 failed
