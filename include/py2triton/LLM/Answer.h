//===- Answer.h - Compact answers: a module without its prelude -*- C++ -*-===//
//
// Every module py2triton emits starts with the same prelude: the header
// comment and imports, the runtime helpers (argument checks, `_round`, the
// optional `_pow`/`_tanh`/`_mul_combine`/`_max_rows`/`_TL_DTYPES`) and, for
// a `Model`, the original source as the `_SOURCE` string literal. None of it
// depends on what the kernels compute: it follows from the templates
// (templates/triton, embedded here as in the emitter), the names the kernels
// use and the prompt's source. The LLM therefore learns and writes a
// *compact answer*, the module after its prelude (kernels, wrappers,
// `ModelNew`), and the tools put the prelude back before anything runs it.
// For the compiler's output the round trip is exact:
// assembleModule(compactAnswer(m), source) == m.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_ANSWER_H
#define PY2TRITON_LLM_ANSWER_H

#include <optional>
#include <string>

namespace py2triton::llm {

/// The module after the py2triton prelude, or nullopt when `module` does not
/// start with exactly the prelude the current templates print (hand-written
/// kernels, another revision of the emitter).
std::optional<std::string> compactAnswer(const std::string &module);

/// True when `text` is already a whole module (it imports something at top
/// level, or starts with the py2triton header) rather than a compact answer.
bool isWholeModule(const std::string &text);

/// The module of a compact answer: the header (naming `sourceName` and the
/// answer's public functions), the helpers, the optional helpers the answer
/// names, `_SOURCE` (with `source`) when the answer uses `_source`, then the
/// answer. A whole module is returned unchanged.
std::string assembleModule(const std::string &answer, const std::string &source,
                           const std::string &sourceName = "reference.py");

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_ANSWER_H
