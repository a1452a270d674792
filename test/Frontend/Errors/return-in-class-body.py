# return directly in a class body.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}return-in-class-body.py:9:9: error: 'return' outside function{{$}}
# CHECK-NEXT: {{^}}        return 1{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f():
    class A:
        return 1
