"""KernelBench level 1 style (95_CrossEntropyLoss) at 1 GiB of logits: mean cross-entropy of
logits over a 32000-class vocabulary."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    """Computes the cross-entropy loss for multi-class classification."""

    def __init__(self):
        super(Model, self).__init__()

    def forward(self, predictions, targets):
        return F.cross_entropy(predictions, targets)


batch_size = 8192
num_classes = 32000


def get_inputs():
    return [torch.randn(batch_size, num_classes),
            torch.randint(0, num_classes, (batch_size,))]


def get_init_inputs():
    return []
