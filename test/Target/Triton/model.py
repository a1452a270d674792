# A KernelBench Model: ModelNew subclasses the original (embedded) Model, so
# its constructor, parameter names and initialisation are the same under the
# same seed; forward calls the translated kernels.
# RUN: py2triton %s | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.scale = nn.Parameter(torch.randn(dim))

    def forward(self, x):
        return x * self.scale


def get_inputs():
    return [torch.randn(4, 10)]


def get_init_inputs():
    return [10]

# CHECK: _SOURCE = "# A KernelBench Model
# CHECK: _source = types.ModuleType("_py2triton_source")
# CHECK: def _Model_forward(scale, x):
# CHECK: class ModelNew(_source.Model):
# CHECK: def forward(self, x):
# CHECK-NEXT: return _Model_forward(_attr(self, "scale"), x)
