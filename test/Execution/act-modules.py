# Every activation module in a KernelBench Model: one nn.Sequential per
# branch so that each activation sees raw, not saturated, inputs.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, slope):
        super().__init__()
        self.a = nn.ReLU()
        self.b = nn.ReLU6()
        self.c = nn.LeakyReLU(slope)
        self.d = nn.ELU(alpha=0.5)
        self.e = nn.CELU(2.0)
        self.f = nn.SELU()
        self.g = nn.Softplus(beta=2.0)
        self.h = nn.Softsign()
        self.i = nn.Mish()
        self.j = nn.Hardswish()
        self.k = nn.Hardsigmoid()
        self.l = nn.Hardtanh(-0.5, 0.5)
        self.m = nn.Hardshrink(0.3)
        self.n = nn.Softshrink()
        self.o = nn.Tanhshrink()
        self.p = nn.LogSigmoid()
        self.q = nn.Threshold(0.1, 20.0)
        self.r = nn.SiLU()
        self.s = nn.Sigmoid()
        self.t = nn.Tanh()
        self.u = nn.Sequential(nn.Identity(), nn.Dropout(0.3), nn.GELU())

    def forward(self, x):
        y = x * 3.0
        return (self.a(y), self.b(y * 3.0), self.c(y), self.d(y), self.e(y),
                self.f(y), self.g(y), self.h(y), self.i(y), self.j(y),
                self.k(y), self.l(y), self.m(y), self.n(y), self.o(y),
                self.p(y), self.q(y), self.r(y), self.s(y), self.t(y),
                self.u(y))


def get_inputs():
    return [torch.randn(5, 1, 43)]


def get_init_inputs():
    return [0.05]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
