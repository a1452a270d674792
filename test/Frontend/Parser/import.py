# import with dotted names and aliases.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
import torch
import torch.nn as nn, math
import triton.language as tl
# CHECK:Module "{{.*}}import.py"
# CHECK-NEXT:  Import 3:1
# CHECK-NEXT:    Alias torch 3:8
# CHECK-NEXT:  Import 4:1
# CHECK-NEXT:    Alias torch.nn as nn 4:8
# CHECK-NEXT:    Alias math 4:24
# CHECK-NEXT:  Import 5:1
# CHECK-NEXT:    Alias triton.language as tl 5:8
# CHECK-NOT:{{.}}
