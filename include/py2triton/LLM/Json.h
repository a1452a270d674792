//===- Json.h - Minimal JSON Lines reader for string fields -----*- C++ -*-===//
//
// The corpus is JSON Lines; the tokenizer tool and the tests need only the
// top-level string fields of each object (id, python_code, triton_code).
// Other values (numbers, arrays, nested objects) are validated and skipped.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_JSON_H
#define PY2TRITON_LLM_JSON_H

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace py2triton::llm {

/// The top-level string fields of one JSON object. When `keep` is not empty,
/// only those fields are returned. Throws std::runtime_error on malformed
/// JSON (the message says where).
std::map<std::string, std::string>
parseJsonStringFields(std::string_view text,
                      const std::vector<std::string> &keep = {});

/// One map per non-blank line of a JSON Lines file (see
/// parseJsonStringFields). Throws std::runtime_error naming the file (and
/// line) when it cannot be read or parsed.
std::vector<std::map<std::string, std::string>>
readJsonl(const std::string &path, const std::vector<std::string> &keep = {});

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_JSON_H
