# Relative imports from a parent package.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}relative-import-parent.py:7:6: error: relative imports are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}from ..utils import helper{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}
# CHECK-NOT: error
from ..utils import helper
