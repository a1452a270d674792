# Rows beyond the persistent limit (32768): the row max and the sum of
# exponentials come from one loop (online softmax), for softmax, log_softmax,
# logsumexp and a hand-written shifted sum; rows of -inf and partly -inf rows
# check the rescaling (an all -inf row gives NaN softmax like torch); rows with
# NaNs (row 0; row 1 has none) check the NaN-propagating running max.
# RUN: py2triton %s -o %t.py && %check %s %t.py --trials 1 | FileCheck %s
import torch
import torch.nn.functional as F


def online_softmax(x: "f32[2, 40000]"):
    return torch.softmax(x * 2.0, dim=1), F.log_softmax(x, dim=-1)


def online_logsumexp(x: "f32[3, 40000]"):
    return torch.logsumexp(x, dim=1), torch.logsumexp(x + 30.0, dim=1, keepdim=True)


def shifted_exp_sum(x: "f32[2, 40000]"):
    m = x.amax(dim=1, keepdim=True)
    return torch.exp(x - m).sum(dim=1) + m.squeeze(1)


def minus_inf_rows(x: "f32[2, 40000]"):
    # Half the lanes -inf; and rows that are -inf throughout.
    part = torch.where(x > 0.0, x, float("-inf"))
    none = torch.where(x > 100.0, x, float("-inf"))
    return (torch.softmax(part, dim=1), torch.logsumexp(part, dim=1),
            torch.softmax(none, dim=1), torch.logsumexp(none, dim=1))


def nan_rows(x: "f32[2, 40000]"):
    y = torch.cat([torch.where(x[:1] > 2.0, float("nan"), x[:1]), x[1:]], dim=0)
    return (torch.softmax(y, dim=1), torch.logsumexp(y, dim=1),
            F.cross_entropy(y, (x[:, 0] > 0.0).long(), reduction="none"))

# CHECK-NOT: FAIL
# CHECK: {{^}}15 passed, 0 failed
