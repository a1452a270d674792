# `py2triton FILE -o OUT --bench` verifies like --verify, then times eager
# PyTorch, torch.compile and the kernels on a CUDA GPU. Without one it says
# that timing was skipped and exits 0 when the kernel is correct.
# UNSUPPORTED: cuda
# RUN: py2triton %s -o %t.py --bench --report %t.json | FileCheck %s
# RUN: %python -c "import json, sys; p = json.load(open(sys.argv[1]))['performance']; print(p['status'], '|', p['note'])" %t.json | FileCheck %s --check-prefix=JSON
# RUN: not py2triton %s --bench 2>&1 | FileCheck %s --check-prefix=NO-OUT
import torch


def axpy(a: "f32[64, 40]", x: "f32[64, 40]"):
    return 2.5 * a + x

# CHECK: {{^}}function compiled correct eager ms compile ms ours ms speedup vs torch.compile
# CHECK-NEXT: {{^}}axpy yes 15/15 - - - - -
# CHECK-NEXT: {{^}}(timing skipped: no CUDA device)
# CHECK-NEXT: {{^}}PASS
# JSON: skipped | timing skipped: no CUDA device
# NO-OUT: error: --bench needs -o OUT (the kernel module to run)
