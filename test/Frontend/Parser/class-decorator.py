# Decorators on classes are accepted.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
@dataclass
class Config:
    block: int = 128
# CHECK:Module "{{.*}}class-decorator.py"
# CHECK-NEXT:  ClassDef Config 4:1
# CHECK-NEXT:    decorator: Name dataclass 3:2
# CHECK-NEXT:    body:
# CHECK-NEXT:      AnnAssign 5:5
# CHECK-NEXT:        target: Name block 5:5
# CHECK-NEXT:        annotation: Name int 5:12
# CHECK-NEXT:        value: Int 128 5:18
# CHECK-NOT:{{.}}
