# `py2triton FILE -o OUT --verify` writes the kernel module, then runs the
# harness on it (python -m py2triton.harness.verify: correctness trials
# against FILE and the anti-cheating checks), prints the KernelBench-style
# table and exits 1 if the kernel is rejected; --report writes the result JSON.
# RUN: py2triton %s -o %t.py --verify --report %t.json | FileCheck %s
# RUN: %python -c "import json, sys; d = json.load(open(sys.argv[1])); print(d['schema'], d['passed'], d['trials']['total'], d['performance'])" %t.json | FileCheck %s --check-prefix=JSON
import torch


def scaled_tanh(x: "f32[N, 33]", s: float):
    return torch.tanh(x) * s

# CHECK: {{^}}function compiled correct eager ms compile ms ours ms speedup vs torch.compile
# CHECK-NEXT: {{^}}scaled_tanh yes 15/15
# CHECK-NOT: REJECTED
# CHECK: {{^}}PASS
# JSON: py2triton.verify/1 True 15 None
