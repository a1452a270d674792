# Calls with positional and keyword arguments.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
f()
f(a)
f(a, b,)
f(a, k=1, j=None)
f(a)(b)
torch.empty((m, n), device=x.device, dtype=torch.float16)
# CHECK:Module "{{.*}}calls.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    Call 3:2
# CHECK-NEXT:      func: Name f 3:1
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    Call 4:2
# CHECK-NEXT:      func: Name f 4:1
# CHECK-NEXT:      Name a 4:3
# CHECK-NEXT:  Expr 5:1
# CHECK-NEXT:    Call 5:2
# CHECK-NEXT:      func: Name f 5:1
# CHECK-NEXT:      Name a 5:3
# CHECK-NEXT:      Name b 5:6
# CHECK-NEXT:  Expr 6:1
# CHECK-NEXT:    Call 6:2
# CHECK-NEXT:      func: Name f 6:1
# CHECK-NEXT:      Name a 6:3
# CHECK-NEXT:      Keyword k 6:6
# CHECK-NEXT:        Int 1 6:8
# CHECK-NEXT:      Keyword j 6:11
# CHECK-NEXT:        None 6:13
# CHECK-NEXT:  Expr 7:1
# CHECK-NEXT:    Call 7:5
# CHECK-NEXT:      func: Call 7:2
# CHECK-NEXT:        func: Name f 7:1
# CHECK-NEXT:        Name a 7:3
# CHECK-NEXT:      Name b 7:6
# CHECK-NEXT:  Expr 8:1
# CHECK-NEXT:    Call 8:12
# CHECK-NEXT:      func: Attribute empty 8:7
# CHECK-NEXT:        Name torch 8:1
# CHECK-NEXT:      Tuple 8:13
# CHECK-NEXT:        Name m 8:14
# CHECK-NEXT:        Name n 8:17
# CHECK-NEXT:      Keyword device 8:21
# CHECK-NEXT:        Attribute device 8:30
# CHECK-NEXT:          Name x 8:28
# CHECK-NEXT:      Keyword dtype 8:38
# CHECK-NEXT:        Attribute float16 8:50
# CHECK-NEXT:          Name torch 8:44
# CHECK-NOT:{{.}}
