# await expressions.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}await.py:8:12: error: await expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    return await x{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: error
def f(x):
    return await x
