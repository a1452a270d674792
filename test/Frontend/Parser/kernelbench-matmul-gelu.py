# A fused matmul + GELU function.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
import math
import torch


def matmul_gelu(a, b):
    c = a @ b
    return 0.5 * c * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (c + 0.044715 * c ** 3)))
# CHECK:Module "{{.*}}kernelbench-matmul-gelu.py"
# CHECK-NEXT:  Import 3:1
# CHECK-NEXT:    Alias math 3:8
# CHECK-NEXT:  Import 4:1
# CHECK-NEXT:    Alias torch 4:8
# CHECK-NEXT:  FunctionDef matmul_gelu 7:1
# CHECK-NEXT:    Param a 7:17
# CHECK-NEXT:    Param b 7:20
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 8:5
# CHECK-NEXT:        target: Name c 8:5
# CHECK-NEXT:        value: BinOp @ 8:11
# CHECK-NEXT:          Name a 8:9
# CHECK-NEXT:          Name b 8:13
# CHECK-NEXT:      Return 9:5
# CHECK-NEXT:        BinOp * 9:20
# CHECK-NEXT:          BinOp * 9:16
# CHECK-NEXT:            Float 0.5 9:12
# CHECK-NEXT:            Name c 9:18
# CHECK-NEXT:          BinOp + 9:27
# CHECK-NEXT:            Float 1.0 9:23
# CHECK-NEXT:            Call 9:39
# CHECK-NEXT:              func: Attribute tanh 9:35
# CHECK-NEXT:                Name torch 9:29
# CHECK-NEXT:              BinOp * 9:65
# CHECK-NEXT:                Call 9:49
# CHECK-NEXT:                  func: Attribute sqrt 9:45
# CHECK-NEXT:                    Name math 9:40
# CHECK-NEXT:                  BinOp / 9:54
# CHECK-NEXT:                    Float 2.0 9:50
# CHECK-NEXT:                    Attribute pi 9:61
# CHECK-NEXT:                      Name math 9:56
# CHECK-NEXT:                BinOp + 9:70
# CHECK-NEXT:                  Name c 9:68
# CHECK-NEXT:                  BinOp * 9:81
# CHECK-NEXT:                    Float 0.044715 9:72
# CHECK-NEXT:                    BinOp ** 9:85
# CHECK-NEXT:                      Name c 9:83
# CHECK-NEXT:                      Int 3 9:88
# CHECK-NOT:{{.}}
