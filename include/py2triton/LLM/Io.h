//===- Io.h - Atomic file writes and JSON string literals -------*- C++ -*-===//
//
// Shared by the LLM library and its tools: every output file is written to
// a temporary name and renamed, so a failure leaves no partial file.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_IO_H
#define PY2TRITON_LLM_IO_H

#include <string>
#include <string_view>

namespace py2triton::llm {

/// Writes `data` to `path` through `path.tmp` and a rename. Throws
/// std::runtime_error naming the file on failure (and removes the temporary).
void writeFileAtomic(const std::string &path, std::string_view data);

/// The bytes of the file at `path`. Throws std::runtime_error naming the
/// file when it cannot be opened.
std::string readFile(const std::string &path);

/// A JSON string literal of `s`; invalid UTF-8 becomes U+FFFD.
std::string jsonQuote(const std::string &s);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_IO_H
