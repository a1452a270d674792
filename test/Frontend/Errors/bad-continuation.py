# A backslash that is not at the end of the line.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-continuation.py:7:9: error: unexpected character after line continuation character{{$}}
# CHECK-NEXT: {{^}}x = 1 + \ 2{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
x = 1 + \ 2
