# Concatenating str and bytes literals.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}mixed-bytes-str.py:7:14: error: cannot mix bytes and nonbytes literals{{$}}
# CHECK-NEXT: {{^}}data = "abc" b"def"{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}
# CHECK-NOT: error
data = "abc" b"def"
