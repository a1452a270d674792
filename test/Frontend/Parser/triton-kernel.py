# A Triton kernel as users write it.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
import triton
import triton.language as tl


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    pid = tl.program_id(axis=0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask, other=0.0)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, x + y, mask=mask)
# CHECK:Module "{{.*}}triton-kernel.py"
# CHECK-NEXT:  Import 3:1
# CHECK-NEXT:    Alias triton 3:8
# CHECK-NEXT:  Import 4:1
# CHECK-NEXT:    Alias triton.language as tl 4:8
# CHECK-NEXT:  FunctionDef add_kernel 8:1
# CHECK-NEXT:    decorator: Attribute jit 7:9
# CHECK-NEXT:      Name triton 7:2
# CHECK-NEXT:    Param x_ptr 8:16
# CHECK-NEXT:    Param y_ptr 8:23
# CHECK-NEXT:    Param out_ptr 8:30
# CHECK-NEXT:    Param n 8:39
# CHECK-NEXT:    Param BLOCK 8:42
# CHECK-NEXT:      annotation: Attribute constexpr 8:52
# CHECK-NEXT:        Name tl 8:49
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 9:5
# CHECK-NEXT:        target: Name pid 9:5
# CHECK-NEXT:        value: Call 9:24
# CHECK-NEXT:          func: Attribute program_id 9:14
# CHECK-NEXT:            Name tl 9:11
# CHECK-NEXT:          Keyword axis 9:25
# CHECK-NEXT:            Int 0 9:30
# CHECK-NEXT:      Assign 10:5
# CHECK-NEXT:        target: Name offs 10:5
# CHECK-NEXT:        value: BinOp + 10:24
# CHECK-NEXT:          BinOp * 10:16
# CHECK-NEXT:            Name pid 10:12
# CHECK-NEXT:            Name BLOCK 10:18
# CHECK-NEXT:          Call 10:35
# CHECK-NEXT:            func: Attribute arange 10:29
# CHECK-NEXT:              Name tl 10:26
# CHECK-NEXT:            Int 0 10:36
# CHECK-NEXT:            Name BLOCK 10:39
# CHECK-NEXT:      Assign 11:5
# CHECK-NEXT:        target: Name mask 11:5
# CHECK-NEXT:        value: Compare [<] 11:17
# CHECK-NEXT:          Name offs 11:12
# CHECK-NEXT:          Name n 11:19
# CHECK-NEXT:      Assign 12:5
# CHECK-NEXT:        target: Name x 12:5
# CHECK-NEXT:        value: Call 12:16
# CHECK-NEXT:          func: Attribute load 12:12
# CHECK-NEXT:            Name tl 12:9
# CHECK-NEXT:          BinOp + 12:23
# CHECK-NEXT:            Name x_ptr 12:17
# CHECK-NEXT:            Name offs 12:25
# CHECK-NEXT:          Keyword mask 12:31
# CHECK-NEXT:            Name mask 12:36
# CHECK-NEXT:          Keyword other 12:42
# CHECK-NEXT:            Float 0.0 12:48
# CHECK-NEXT:      Assign 13:5
# CHECK-NEXT:        target: Name y 13:5
# CHECK-NEXT:        value: Call 13:16
# CHECK-NEXT:          func: Attribute load 13:12
# CHECK-NEXT:            Name tl 13:9
# CHECK-NEXT:          BinOp + 13:23
# CHECK-NEXT:            Name y_ptr 13:17
# CHECK-NEXT:            Name offs 13:25
# CHECK-NEXT:          Keyword mask 13:31
# CHECK-NEXT:            Name mask 13:36
# CHECK-NEXT:      Expr 14:5
# CHECK-NEXT:        Call 14:13
# CHECK-NEXT:          func: Attribute store 14:8
# CHECK-NEXT:            Name tl 14:5
# CHECK-NEXT:          BinOp + 14:22
# CHECK-NEXT:            Name out_ptr 14:14
# CHECK-NEXT:            Name offs 14:24
# CHECK-NEXT:          BinOp + 14:32
# CHECK-NEXT:            Name x 14:30
# CHECK-NEXT:            Name y 14:34
# CHECK-NEXT:          Keyword mask 14:37
# CHECK-NEXT:            Name mask 14:42
# CHECK-NOT:{{.}}
