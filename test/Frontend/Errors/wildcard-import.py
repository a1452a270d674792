# from ... import *.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}wildcard-import.py:7:33: error: wildcard imports ('from ... import *') are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}from torch.nn.functional import *{{$}}
# CHECK-NEXT: {{^}}                                ^{{$}}
# CHECK-NOT: error
from torch.nn.functional import *
