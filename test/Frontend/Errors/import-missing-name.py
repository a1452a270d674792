# 'import' must be followed by a module name.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}import-missing-name.py:7:8: error: invalid syntax{{$}}
# CHECK-NEXT: {{^}}import 1{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
import 1
