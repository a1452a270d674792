# Argument unpacking with * in a call.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}star-argument.py:7:15: error: starred expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = torch.cat(*tensors){{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: error
y = torch.cat(*tensors)
