# from-imports with aliases and a parenthesised list.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
from torch import nn
from torch.nn import functional as F, Module
from triton import (
    jit,
    language as tl,
)
from __future__ import annotations
# CHECK:Module "{{.*}}import-from.py"
# CHECK-NEXT:  ImportFrom torch 3:1
# CHECK-NEXT:    Alias nn 3:19
# CHECK-NEXT:  ImportFrom torch.nn 4:1
# CHECK-NEXT:    Alias functional as F 4:22
# CHECK-NEXT:    Alias Module 4:39
# CHECK-NEXT:  ImportFrom triton 5:1
# CHECK-NEXT:    Alias jit 6:5
# CHECK-NEXT:    Alias language as tl 7:5
# CHECK-NEXT:  ImportFrom __future__ 9:1
# CHECK-NEXT:    Alias annotations 9:24
# CHECK-NOT:{{.}}
