//===- PythonLiteral.h - Python string literals of text ---------*- C++ -*-===//
//
// Header-only, shared by the emitter (docstrings, `_SOURCE`) and the LLM's
// compact answers (which rebuild `_SOURCE` exactly as the emitter prints it)
// without either linking the other.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TARGET_TRITON_PYTHONLITERAL_H
#define PY2TRITON_TARGET_TRITON_PYTHONLITERAL_H

#include <string>
#include <string_view>

namespace py2triton {

/// `s` as a double-quoted Python string literal: backslash, double quote,
/// newline and tab escaped, every other byte as it is.
inline std::string pythonStringLiteral(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case '"':
      out += "\\\"";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      out += c;
    }
  }
  return out + "\"";
}

} // namespace py2triton

#endif // PY2TRITON_TARGET_TRITON_PYTHONLITERAL_H
