# Underscores must separate digits.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}bad-underscore.py:7:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1__000{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 1__000
