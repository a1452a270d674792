# Rows beyond the persistent limit (32768): the row max and the sum of
# exponentials come from one loop (online softmax), for softmax, log_softmax,
# logsumexp and a hand-written shifted sum; rows of -inf and partly -inf rows
# check the rescaling (an all -inf row gives NaN softmax like torch).
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

# CHECK-NOT: FAIL
# CHECK: {{^}}12 passed, 0 failed
