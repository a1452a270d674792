# Bytes literals.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bytes-literal.py:7:8: error: bytes literals are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}data = b"\x00\x01"{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}
# CHECK-NOT: error
data = b"\x00\x01"
