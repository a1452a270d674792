# The LibTorch LLM: lib/LLM, tools/py2triton-{train,chat,lm,tokenizer},
# unittests/LLM.
# Included by the top-level CMakeLists.txt, with or without LLVM/MLIR.
#
# Torch is looked up through CMAKE_PREFIX_PATH or Torch_DIR; failing that, the
# torch package of Python3_EXECUTABLE (or python3) is asked for its CMake
# prefix. Without Torch the LLM is skipped (a warning), unless
# PY2TRITON_LLM_ONLY asked for it. SentencePiece (libsentencepiece-dev) is
# optional: without it the tokenizer can decode (from its vocabulary file) but
# neither train nor encode, which the GPU machine does not need.
if(NOT Torch_DIR)
  set(_py "${Python3_EXECUTABLE}")
  if(NOT _py)
    find_program(_py NAMES python3 python)
  endif()
  if(_py)
    execute_process(
      COMMAND "${_py}" -c "import torch.utils; print(torch.utils.cmake_prefix_path)"
      OUTPUT_VARIABLE _torch_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
      RESULT_VARIABLE _torch_rc ERROR_QUIET)
    if(_torch_rc EQUAL 0 AND _torch_prefix)
      list(APPEND CMAKE_PREFIX_PATH "${_torch_prefix}")
    endif()
  endif()
endif()

if(PY2TRITON_LLM_ONLY)
  find_package(Torch REQUIRED)
else()
  find_package(Torch QUIET)
  if(NOT Torch_FOUND)
    message(WARNING "LibTorch not found: the LLM (lib/LLM) is not built")
    return()
  endif()
endif()
message(STATUS "LLM: LibTorch ${Torch_VERSION} from ${Torch_DIR}")

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SENTENCEPIECE IMPORTED_TARGET sentencepiece)
endif()
if(SENTENCEPIECE_FOUND)
  message(STATUS "LLM: SentencePiece ${SENTENCEPIECE_VERSION}")
else()
  message(STATUS "LLM: SentencePiece not found: the tokenizer decodes only")
endif()

set(PY2TRITON_LLM_BUILT ON)
add_subdirectory(${PROJECT_SOURCE_DIR}/lib/LLM ${PROJECT_BINARY_DIR}/lib/LLM)
add_subdirectory(${PROJECT_SOURCE_DIR}/tools/py2triton-train
                 ${PROJECT_BINARY_DIR}/tools/py2triton-train)
add_subdirectory(${PROJECT_SOURCE_DIR}/tools/py2triton-chat
                 ${PROJECT_BINARY_DIR}/tools/py2triton-chat)
add_subdirectory(${PROJECT_SOURCE_DIR}/tools/py2triton-lm
                 ${PROJECT_BINARY_DIR}/tools/py2triton-lm)
add_subdirectory(${PROJECT_SOURCE_DIR}/tools/py2triton-tokenizer
                 ${PROJECT_BINARY_DIR}/tools/py2triton-tokenizer)
find_package(GTest QUIET)
if(GTest_FOUND)
  enable_testing()
  add_subdirectory(${PROJECT_SOURCE_DIR}/unittests/LLM
                   ${PROJECT_BINARY_DIR}/unittests/LLM)
endif()
