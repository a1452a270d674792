# async with statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}async-with.py:8:5: error: async with statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    async with lock:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f():
    async with lock:
        pass
