# kl_div of log-probabilities against probabilities (log_target False) and
# log-probabilities (log_target True), reductions none / sum / mean /
# batchmean.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def kl(x: "f32[9, 1, 17]", y: "f32[9, 1, 17]"):
    logp = F.log_softmax(x, dim=-1)
    q = F.softmax(y, dim=-1)
    return (F.kl_div(logp, q, reduction="batchmean"), F.kl_div(logp, q, reduction="sum"),
            F.kl_div(logp, q, reduction="none"), F.kl_div(logp, q))


def kl_log_target(x: "f32[9, 17]", y: "f32[9, 17]"):
    logp = F.log_softmax(x, dim=-1)
    logq = F.log_softmax(y, dim=-1)
    return (F.kl_div(logp, logq, reduction="batchmean", log_target=True),
            F.kl_div(logp, logq, reduction="none", log_target=True),
            F.kl_div(logp, logq, reduction="sum", log_target=True),
            F.kl_div(logp, logq, log_target=True))


def kl_zero_target(x: "f32[5, 11]", y: "f32[5, 11]"):
    # Zero target probabilities contribute 0 (xlogy(0, 0) = 0).
    q = torch.relu(y)
    return F.kl_div(F.log_softmax(x, dim=1), q, reduction="none"), F.kl_div(F.log_softmax(x, dim=1), q, reduction="batchmean")

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
