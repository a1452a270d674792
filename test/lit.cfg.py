# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "PY2TRITON"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
# Python sources carry their RUN lines in comments.
config.suffixes = [".mlir", ".py"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "python_env.py", "Inputs"]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.py2triton_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.environment["FILECHECK_OPTS"] = "--enable-var-scope"

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.py2triton_tools_dir, config.llvm_tools_dir]
llvm_config.add_tool_substitutions(["py2triton", "py2triton-opt", "py2triton-corpus"], tool_dirs)
# The LLM tools exist when LibTorch was found (PY2TRITON_ENABLE_LLM).
if os.path.exists(os.path.join(config.py2triton_tools_dir, "py2triton-lm")):
    config.available_features.add("llm")
    llvm_config.add_tool_substitutions(["py2triton-lm", "py2triton-tokenizer"], tool_dirs)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
