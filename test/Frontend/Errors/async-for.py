# async for loops.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}async-for.py:8:5: error: async for loops are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    async for x in y:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f():
    async for x in y:
        pass
