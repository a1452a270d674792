# Keyword argument unpacking with ** in a call.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}double-star-argument.py:7:20: error: keyword argument unpacking ('**') is not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = F.conv2d(x, w, **kwargs){{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}
# CHECK-NOT: error
y = F.conv2d(x, w, **kwargs)
