# Keyword arguments (metaclass=...) in a class header.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}class-keyword-arguments.py:7:15: error: keyword arguments in class definitions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}class A(Base, metaclass=Meta):{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: error
class A(Base, metaclass=Meta):
    pass
