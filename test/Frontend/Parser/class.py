# Classes with bases and methods.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
class Model(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.dim = dim

    def forward(self, x):
        return x * self.dim

class Empty:
    pass
class Empty2():
    pass
# CHECK:Module "{{.*}}class.py"
# CHECK-NEXT:  ClassDef Model 3:1
# CHECK-NEXT:    base: Attribute Module 3:16
# CHECK-NEXT:      Name nn 3:13
# CHECK-NEXT:    body:
# CHECK-NEXT:      FunctionDef __init__ 4:5
# CHECK-NEXT:        Param self 4:18
# CHECK-NEXT:        Param dim 4:24
# CHECK-NEXT:        body:
# CHECK-NEXT:          Expr 5:9
# CHECK-NEXT:            Call 5:25
# CHECK-NEXT:              func: Attribute __init__ 5:17
# CHECK-NEXT:                Call 5:14
# CHECK-NEXT:                  func: Name super 5:9
# CHECK-NEXT:          Assign 6:9
# CHECK-NEXT:            target: Attribute dim 6:14
# CHECK-NEXT:              Name self 6:9
# CHECK-NEXT:            value: Name dim 6:20
# CHECK-NEXT:      FunctionDef forward 8:5
# CHECK-NEXT:        Param self 8:17
# CHECK-NEXT:        Param x 8:23
# CHECK-NEXT:        body:
# CHECK-NEXT:          Return 9:9
# CHECK-NEXT:            BinOp * 9:18
# CHECK-NEXT:              Name x 9:16
# CHECK-NEXT:              Attribute dim 9:25
# CHECK-NEXT:                Name self 9:20
# CHECK-NEXT:  ClassDef Empty 11:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 12:5
# CHECK-NEXT:  ClassDef Empty2 13:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 14:5
# CHECK-NOT:{{.}}
