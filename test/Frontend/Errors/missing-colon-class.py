# A class header without its colon.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}missing-colon-class.py:7:23: error: expected ':'{{$}}
# CHECK-NEXT: {{^}}class Model(nn.Module){{$}}
# CHECK-NEXT: {{^}}                      ^{{$}}
# CHECK-NOT: error
class Model(nn.Module)
    pass
