# Annotated assignment with and without a value.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
x: int = 1
y: torch.Tensor
self.z: float = 0.5
# CHECK:Module "{{.*}}annotated-assignment.py"
# CHECK-NEXT:  AnnAssign 3:1
# CHECK-NEXT:    target: Name x 3:1
# CHECK-NEXT:    annotation: Name int 3:4
# CHECK-NEXT:    value: Int 1 3:10
# CHECK-NEXT:  AnnAssign 4:1
# CHECK-NEXT:    target: Name y 4:1
# CHECK-NEXT:    annotation: Attribute Tensor 4:10
# CHECK-NEXT:      Name torch 4:4
# CHECK-NEXT:  AnnAssign 5:1
# CHECK-NEXT:    target: Attribute z 5:6
# CHECK-NEXT:      Name self 5:1
# CHECK-NEXT:    annotation: Name float 5:9
# CHECK-NEXT:    value: Float 0.5 5:17
# CHECK-NOT:{{.}}
