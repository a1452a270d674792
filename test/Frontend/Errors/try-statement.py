# try/except/finally.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}try-statement.py:7:1: error: try statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}try:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
try:
    import triton
except ImportError:
    triton = None
