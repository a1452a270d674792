# **kwargs parameters.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}kwargs-parameter.py:7:22: error: '**kwargs' parameters are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}def forward(self, x, **kwargs):{{$}}
# CHECK-NEXT: {{^}}                     ^{{$}}
# CHECK-NOT: error
def forward(self, x, **kwargs):
    pass
