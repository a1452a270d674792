# with statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}with-statement.py:8:5: error: with statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    with torch.no_grad():{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f(x):
    with torch.no_grad():
        return x
