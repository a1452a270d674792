# `py2triton FILE -o OUT --search --model DIR` adds kernels proposed by an LLM
# release (py2triton-lm generate; the compiler never links LibTorch) to the
# schedule variants. The harness verifies them like every other candidate and
# the log marks their origin "model". Here a tiny, randomly initialized
# release proposes garbage: every proposal is rejected and, without a GPU,
# the baseline is kept (byte-identical to a plain translation). A program
# the compiler rejects leaves only the model's proposals; none passes, so
# nothing is written and the exit status is 1.
# REQUIRES: llm
# UNSUPPORTED: cuda
# RUN: rm -rf %t.model %t.log.json %t.rej.py %t.rej.json && mkdir -p %t.model
# RUN: py2triton-lm init --config tiny --out %t.model >/dev/null
# RUN: cp %S/../../models/tokenizer/tokenizer.* %t.model/
# The tiny model has 512 positions: the prompt is a short copy of the
# function below, without these comments.
# RUN: printf 'import torch\n\n\ndef shift(x: "f32[40, 24]"):\n    return x - 1.5\n' > %t.src.py
# RUN: py2triton %t.src.py -o %t.py --search --model %t.model --model-samples 2 --search-log %t.log.json 2>/dev/null | FileCheck %s
# RUN: py2triton %t.src.py -o %t.base.py && diff %t.base.py %t.py
# RUN: %python -c "import json, sys; d = json.load(open(sys.argv[1])); m = [c for c in d['candidates'] if c['origin'] == 'model']; print(len(m), sorted({c['id'] for c in m}), all(c['code'] and not c['passed'] and c['reason'] for c in m), d['chosen'])" %t.log.json | FileCheck %s --check-prefix=LOG
# RUN: printf 'import torch\n\n\ndef lerp_fn(a: "f32[8, 12]", b: "f32[8, 12]"):\n    return torch.lerp(a, b, 0.3)\n' > %t.rej.src.py
# RUN: not py2triton %t.rej.src.py -o %t.rej.py --search --model %t.model --model-samples 2 --search-log %t.rej.json 2>%t.rej.err | FileCheck %s --check-prefix=REJ
# RUN: FileCheck %s --check-prefix=REJ-ERR < %t.rej.err
# RUN: test ! -e %t.rej.py
# RUN: not py2triton %s -o %t.py --model %t.model 2>&1 | FileCheck %s --check-prefix=NO-SEARCH
import torch


def shift(x: "f32[40, 24]"):
    return x - 1.5

# CHECK: {{^}}model-0 0/{{[0-9]+}}
# CHECK: {{^}}chosen: baseline (default schedule): timing skipped: the baseline is kept
# LOG: 2 ['model-0', 'model-1'] True baseline
# REJ: no candidate chosen: no candidate passed verification
# REJ: nothing written to
# REJ-ERR: error: 'torch.lerp' is not supported by py2triton
# REJ-ERR: the compiler rejects the program; verifying the model's proposals only
# NO-SEARCH: error: --model and --model-samples need --search
