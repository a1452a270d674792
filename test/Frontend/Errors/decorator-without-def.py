# A decorator must be followed by def or class.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}decorator-without-def.py:8:1: error: expected 'def' or 'class' after decorator{{$}}
# CHECK-NEXT: {{^}}x = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
@torch.jit.script
x = 1
