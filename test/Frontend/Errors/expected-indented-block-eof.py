# A block opener at the end of the file.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}expected-indented-block-eof.py:9:1: error: expected an indented block{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
def f(x):
    if x:
