# A block opener followed by a line at the same indentation.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}expected-indented-block.py:8:1: error: expected an indented block{{$}}
# CHECK-NEXT: {{^}}return x{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
def f(x):
return x
