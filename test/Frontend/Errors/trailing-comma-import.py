# A trailing comma in an unparenthesised import list.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}trailing-comma-import.py:7:22: error: trailing comma not allowed without surrounding parentheses{{$}}
# CHECK-NEXT: {{^}}from torch import nn,{{$}}
# CHECK-NEXT: {{^}}                     ^{{$}}
# CHECK-NOT: error
from torch import nn,
