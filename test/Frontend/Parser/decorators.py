# Decorators are arbitrary expressions.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
@triton.jit
def k(x):
    pass

@triton.autotune(configs=[triton.Config(BLOCK=128)], key=["n"])
@triton.jit
def k2(x):
    pass
# CHECK:Module "{{.*}}decorators.py"
# CHECK-NEXT:  FunctionDef k 4:1
# CHECK-NEXT:    decorator: Attribute jit 3:9
# CHECK-NEXT:      Name triton 3:2
# CHECK-NEXT:    Param x 4:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 5:5
# CHECK-NEXT:  FunctionDef k2 9:1
# CHECK-NEXT:    decorator: Call 7:17
# CHECK-NEXT:      func: Attribute autotune 7:9
# CHECK-NEXT:        Name triton 7:2
# CHECK-NEXT:      Keyword configs 7:18
# CHECK-NEXT:        List 7:26
# CHECK-NEXT:          Call 7:40
# CHECK-NEXT:            func: Attribute Config 7:34
# CHECK-NEXT:              Name triton 7:27
# CHECK-NEXT:            Keyword BLOCK 7:41
# CHECK-NEXT:              Int 128 7:47
# CHECK-NEXT:      Keyword key 7:54
# CHECK-NEXT:        List 7:58
# CHECK-NEXT:          String "n" 7:59
# CHECK-NEXT:    decorator: Attribute jit 8:9
# CHECK-NEXT:      Name triton 8:2
# CHECK-NEXT:    Param x 9:8
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 10:5
# CHECK-NOT:{{.}}
