# `py2triton FILE -o OUT --search` translates FILE under every schedule
# variant (python -m py2triton.search with this binary), verifies each
# distinct candidate, times the correct ones on a GPU and writes the fastest
# to OUT. Without a GPU every candidate is verified and the baseline (the
# default schedule, byte-identical to a plain translation) is kept.
# UNSUPPORTED: cuda
# RUN: rm -f %t.log.json
# RUN: py2triton %s -o %t.py --search --search-log %t.log.json 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=PROGRESS < %t.err
# RUN: py2triton %s -o %t.base.py && diff %t.base.py %t.py
# RUN: %python -c "import json, sys; d = json.load(open(sys.argv[1])); print(d['schema'], d['chosen'], d['timing'], all(c['passed'] or c['duplicate_of'] or c['status'] == 'translate-failed' for c in d['candidates']))" %t.log.json | FileCheck %s --check-prefix=LOG
# RUN: not py2triton %s --search 2>&1 | FileCheck %s --check-prefix=NO-OUT
# RUN: not py2triton %s -o %t.py --search-log %t.x.json 2>&1 | FileCheck %s --check-prefix=NO-SEARCH
import torch


def shift(x: "f32[40, 24]"):
    return x - 1.5

# CHECK: {{^}}candidate correct ours ms vs baseline vs eager vs torch.compile status
# CHECK-NEXT: {{^}}baseline 9/9 - - - - CHOSEN
# CHECK: (timing skipped: no CUDA device
# CHECK: {{^}}chosen: baseline (default schedule): timing skipped: the baseline is kept
# CHECK: {{^}}wrote {{.*}}; log: {{.*}}.log.json
# PROGRESS: translate [{{#+}}] [[N:[0-9]+]]/[[N]]
# PROGRESS: verify [{{#+}}] [[M:[0-9]+]]/[[M]]
# LOG: py2triton.search/1 baseline skipped True
# NO-OUT: error: --search needs -o OUT (where the chosen kernel goes)
# NO-SEARCH: error: --search-log needs --search
