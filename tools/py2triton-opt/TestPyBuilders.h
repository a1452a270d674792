//===- TestPyBuilders.h - test-only pass registration -----------*- C++ -*-===//

#ifndef PY2TRITON_TOOLS_PY2TRITON_OPT_TESTPYBUILDERS_H
#define PY2TRITON_TOOLS_PY2TRITON_OPT_TESTPYBUILDERS_H

namespace py2triton {
/// Registers -test-py-builders (see TestPyBuilders.cpp).
void registerTestPyBuildersPass();
} // namespace py2triton

#endif // PY2TRITON_TOOLS_PY2TRITON_OPT_TESTPYBUILDERS_H
