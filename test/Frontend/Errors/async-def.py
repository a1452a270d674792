# Coroutines.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}async-def.py:7:1: error: async functions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}async def f():{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
async def f():
    pass
