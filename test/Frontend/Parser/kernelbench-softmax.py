# A KernelBench-style softmax module.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
import torch
import torch.nn as nn


class Model(nn.Module):
    """Simple model that performs a Softmax activation."""

    def __init__(self):
        super(Model, self).__init__()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(x, dim=1)


batch_size = 16
dim = 16384


def get_inputs():
    x = torch.randn(batch_size, dim)
    return [x]


def get_init_inputs():
    return []  # No special initialization inputs needed
# CHECK:Module "{{.*}}kernelbench-softmax.py"
# CHECK-NEXT:  Import 3:1
# CHECK-NEXT:    Alias torch 3:8
# CHECK-NEXT:  Import 4:1
# CHECK-NEXT:    Alias torch.nn as nn 4:8
# CHECK-NEXT:  ClassDef Model 7:1
# CHECK-NEXT:    base: Attribute Module 7:16
# CHECK-NEXT:      Name nn 7:13
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 8:5
# CHECK-NEXT:        String "Simple model that performs a Softmax activation." 8:5
# CHECK-NEXT:      FunctionDef __init__ 10:5
# CHECK-NEXT:        Param self 10:18
# CHECK-NEXT:        body:
# CHECK-NEXT:          Expr 11:9
# CHECK-NEXT:            Call 11:36
# CHECK-NEXT:              func: Attribute __init__ 11:28
# CHECK-NEXT:                Call 11:14
# CHECK-NEXT:                  func: Name super 11:9
# CHECK-NEXT:                  Name Model 11:15
# CHECK-NEXT:                  Name self 11:22
# CHECK-NEXT:      FunctionDef forward 13:5
# CHECK-NEXT:        Param self 13:17
# CHECK-NEXT:        Param x 13:23
# CHECK-NEXT:          annotation: Attribute Tensor 13:32
# CHECK-NEXT:            Name torch 13:26
# CHECK-NEXT:        returns: Attribute Tensor 13:49
# CHECK-NEXT:          Name torch 13:43
# CHECK-NEXT:        body:
# CHECK-NEXT:          Return 14:9
# CHECK-NEXT:            Call 14:29
# CHECK-NEXT:              func: Attribute softmax 14:22
# CHECK-NEXT:                Name torch 14:16
# CHECK-NEXT:              Name x 14:30
# CHECK-NEXT:              Keyword dim 14:33
# CHECK-NEXT:                Int 1 14:37
# CHECK-NEXT:  Assign 17:1
# CHECK-NEXT:    target: Name batch_size 17:1
# CHECK-NEXT:    value: Int 16 17:14
# CHECK-NEXT:  Assign 18:1
# CHECK-NEXT:    target: Name dim 18:1
# CHECK-NEXT:    value: Int 16384 18:7
# CHECK-NEXT:  FunctionDef get_inputs 21:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 22:5
# CHECK-NEXT:        target: Name x 22:5
# CHECK-NEXT:        value: Call 22:20
# CHECK-NEXT:          func: Attribute randn 22:15
# CHECK-NEXT:            Name torch 22:9
# CHECK-NEXT:          Name batch_size 22:21
# CHECK-NEXT:          Name dim 22:33
# CHECK-NEXT:      Return 23:5
# CHECK-NEXT:        List 23:12
# CHECK-NEXT:          Name x 23:13
# CHECK-NEXT:  FunctionDef get_init_inputs 26:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 27:5
# CHECK-NEXT:        List 27:12
# CHECK-NOT:{{.}}
