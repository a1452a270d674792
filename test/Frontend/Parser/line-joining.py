# Parenthesised and backslash-continued expressions across lines.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
y = (a +
     b) * \
    c
z = f(
    1,
    2,
)
# CHECK:Module "{{.*}}line-joining.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name y 3:1
# CHECK-NEXT:    value: BinOp * 4:9
# CHECK-NEXT:      BinOp + 3:8
# CHECK-NEXT:        Name a 3:6
# CHECK-NEXT:        Name b 4:6
# CHECK-NEXT:      Name c 5:5
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name z 6:1
# CHECK-NEXT:    value: Call 6:6
# CHECK-NEXT:      func: Name f 6:5
# CHECK-NEXT:      Int 1 7:5
# CHECK-NEXT:      Int 2 8:5
# CHECK-NOT:{{.}}
