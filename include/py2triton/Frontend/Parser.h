//===- Parser.h - Recursive-descent Python parser ---------------*- C++ -*-===//

#ifndef PY2TRITON_FRONTEND_PARSER_H
#define PY2TRITON_FRONTEND_PARSER_H

#include "py2triton/Frontend/AST.h"
#include "py2triton/Frontend/Diagnostics.h"

#include <memory>

namespace py2triton {

/// Parses the main buffer of `diags.getSourceMgr()` into a located AST.
/// Returns null after reporting the first error (syntax errors and constructs
/// outside the accepted subset: "<construct> is not supported by py2triton").
std::unique_ptr<ast::Module> parseModule(DiagnosticEngine &diags);

} // namespace py2triton

#endif // PY2TRITON_FRONTEND_PARSER_H
