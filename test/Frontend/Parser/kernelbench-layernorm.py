# A KernelBench-style LayerNorm with explicit math.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
import torch


def layer_norm(x, weight, bias, eps: float = 1e-5):
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps)
    return y * weight + bias
# CHECK:Module "{{.*}}kernelbench-layernorm.py"
# CHECK-NEXT:  Import 3:1
# CHECK-NEXT:    Alias torch 3:8
# CHECK-NEXT:  FunctionDef layer_norm 6:1
# CHECK-NEXT:    Param x 6:16
# CHECK-NEXT:    Param weight 6:19
# CHECK-NEXT:    Param bias 6:27
# CHECK-NEXT:    Param eps 6:33
# CHECK-NEXT:      annotation: Name float 6:38
# CHECK-NEXT:      default: Float 1e-05 6:46
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 7:5
# CHECK-NEXT:        target: Name mean 7:5
# CHECK-NEXT:        value: Call 7:18
# CHECK-NEXT:          func: Attribute mean 7:14
# CHECK-NEXT:            Name x 7:12
# CHECK-NEXT:          Keyword dim 7:19
# CHECK-NEXT:            UnaryOp - 7:23
# CHECK-NEXT:              Int 1 7:24
# CHECK-NEXT:          Keyword keepdim 7:27
# CHECK-NEXT:            Bool True 7:35
# CHECK-NEXT:      Assign 8:5
# CHECK-NEXT:        target: Name var 8:5
# CHECK-NEXT:        value: Call 8:33
# CHECK-NEXT:          func: Attribute mean 8:29
# CHECK-NEXT:            BinOp ** 8:23
# CHECK-NEXT:              BinOp - 8:15
# CHECK-NEXT:                Name x 8:13
# CHECK-NEXT:                Name mean 8:17
# CHECK-NEXT:              Int 2 8:26
# CHECK-NEXT:          Keyword dim 8:34
# CHECK-NEXT:            UnaryOp - 8:38
# CHECK-NEXT:              Int 1 8:39
# CHECK-NEXT:          Keyword keepdim 8:42
# CHECK-NEXT:            Bool True 8:50
# CHECK-NEXT:      Assign 9:5
# CHECK-NEXT:        target: Name y 9:5
# CHECK-NEXT:        value: BinOp / 9:20
# CHECK-NEXT:          BinOp - 9:12
# CHECK-NEXT:            Name x 9:10
# CHECK-NEXT:            Name mean 9:14
# CHECK-NEXT:          Call 9:32
# CHECK-NEXT:            func: Attribute sqrt 9:28
# CHECK-NEXT:              Name torch 9:22
# CHECK-NEXT:            BinOp + 9:37
# CHECK-NEXT:              Name var 9:33
# CHECK-NEXT:              Name eps 9:39
# CHECK-NEXT:      Return 10:5
# CHECK-NEXT:        BinOp + 10:23
# CHECK-NEXT:          BinOp * 10:14
# CHECK-NEXT:            Name y 10:12
# CHECK-NEXT:            Name weight 10:16
# CHECK-NEXT:          Name bias 10:25
# CHECK-NOT:{{.}}
