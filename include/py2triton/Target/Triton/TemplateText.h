//===- TemplateText.h - Holes of the emitter's templates --------*- C++ -*-===//
//
// templates/triton/*.py hold `{{key}}` holes. Header-only and free of LLVM,
// shared by the emitter, which fills them, and the LLM's compact answers,
// which fill them too and match printed modules against them.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TARGET_TRITON_TEMPLATETEXT_H
#define PY2TRITON_TARGET_TRITON_TEMPLATETEXT_H

#include <string_view>
#include <vector>

namespace py2triton {

/// A template cut at its holes: pieces.size() == holes.size() + 1, the text
/// is pieces[0] holes[0] pieces[1] ... An unclosed `{{` is literal text.
struct TemplateParts {
  std::vector<std::string_view> pieces;
  std::vector<std::string_view> holes;
};

inline TemplateParts splitTemplate(std::string_view text) {
  TemplateParts parts;
  while (true) {
    size_t open = text.find("{{");
    size_t close =
        open == std::string_view::npos ? open : text.find("}}", open);
    if (close == std::string_view::npos) {
      parts.pieces.push_back(text);
      return parts;
    }
    parts.pieces.push_back(text.substr(0, open));
    parts.holes.push_back(text.substr(open + 2, close - open - 2));
    text = text.substr(close + 2);
  }
}

} // namespace py2triton

#endif // PY2TRITON_TARGET_TRITON_TEMPLATETEXT_H
