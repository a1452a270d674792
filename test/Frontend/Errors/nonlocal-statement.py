# nonlocal declarations.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}nonlocal-statement.py:9:9: error: nonlocal statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}        nonlocal x{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f():
    def g():
        nonlocal x
