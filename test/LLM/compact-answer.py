# Compact answers (docs/llm.md#compact-answers): the LLM writes a module
# without the py2triton prelude, and the tools rebuild the prelude from the
# templates, the names the answer uses and the prompt's source. For the
# compiler's own output the round trip is exact, for a Model (the _SOURCE
# literal with quotes and escapes), plain functions and the optional helpers.
# REQUIRES: llm
# RUN: rm -rf %t && mkdir -p %t
# RUN: py2triton %S/../../examples/rmsnorm_model.py -o %t/model.py
# RUN: py2triton-tokenizer compact --module %t/model.py > %t/model.answer
# RUN: FileCheck %s --check-prefix=MODEL < %t/model.answer
# RUN: py2triton-tokenizer assemble --answer %t/model.answer --source %S/../../examples/rmsnorm_model.py --source-name rmsnorm_model.py > %t/model.again.py
# RUN: diff %t/model.py %t/model.again.py
# RUN: py2triton %s -o %t/fn.py
# RUN: py2triton-tokenizer compact --module %t/fn.py > %t/fn.answer
# RUN: FileCheck %s --check-prefix=FN < %t/fn.answer
# RUN: py2triton-tokenizer assemble --answer %t/fn.answer --source %s --source-name compact-answer.py > %t/fn.again.py
# RUN: diff %t/fn.py %t/fn.again.py
# A whole module passes through assemble unchanged; anything else is not
# a py2triton module and has no compact answer.
# RUN: py2triton-tokenizer assemble --answer %t/fn.py --source %s > %t/fn.same.py
# RUN: diff %t/fn.py %t/fn.same.py
# RUN: not py2triton-tokenizer compact --module %s 2>&1 | FileCheck %s --check-prefix=NOT
#
# MODEL-NOT: import
# MODEL-NOT: _check_tensor(t, name
# MODEL-NOT: _SOURCE
# MODEL:     @triton.jit
# MODEL-NEXT: def _Model_k0(
# MODEL:     def _Model_forward(
# MODEL:     class ModelNew(_source.Model):
#
# FN-NOT:  import
# FN-NOT:  def _round(
# FN-NOT:  def _tanh(
# FN:      @triton.jit
# FN:      _tanh(
# FN:      def act(x, y):
# FN:      def softmax_rows(x):
# FN-NOT:  ModelNew
#
# NOT: error: {{.*}}compact-answer.py does not start with the py2triton prelude
import torch


def act(x: "f32[37, 29]", y: "f32[37, 29]"):
    return torch.tanh(x) * torch.pow(y, 3.0)


def softmax_rows(x: "f32[19, 300]"):
    return torch.softmax(x, dim=-1)
