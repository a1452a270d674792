# Bitwise and shift precedence: | < ^ < & < shifts < +.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a | b ^ c & d << e + f
a & b | c ^ d >> 1
# CHECK:Module "{{.*}}precedence-bitwise.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    BinOp | 3:3
# CHECK-NEXT:      Name a 3:1
# CHECK-NEXT:      BinOp ^ 3:7
# CHECK-NEXT:        Name b 3:5
# CHECK-NEXT:        BinOp & 3:11
# CHECK-NEXT:          Name c 3:9
# CHECK-NEXT:          BinOp << 3:15
# CHECK-NEXT:            Name d 3:13
# CHECK-NEXT:            BinOp + 3:20
# CHECK-NEXT:              Name e 3:18
# CHECK-NEXT:              Name f 3:22
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    BinOp | 4:7
# CHECK-NEXT:      BinOp & 4:3
# CHECK-NEXT:        Name a 4:1
# CHECK-NEXT:        Name b 4:5
# CHECK-NEXT:      BinOp ^ 4:11
# CHECK-NEXT:        Name c 4:9
# CHECK-NEXT:        BinOp >> 4:15
# CHECK-NEXT:          Name d 4:13
# CHECK-NEXT:          Int 1 4:18
# CHECK-NOT:{{.}}
