# Every augmented assignment operator.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a @= 1
a &= 1
a |= 1
a ^= 1
a >>= 1
a <<= 1
a **= 1
x.y[0] += 2
# CHECK:Module "{{.*}}augmented-assignment.py"
# CHECK-NEXT:  AugAssign += 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: Int 1 3:6
# CHECK-NEXT:  AugAssign -= 4:1
# CHECK-NEXT:    target: Name a 4:1
# CHECK-NEXT:    value: Int 1 4:6
# CHECK-NEXT:  AugAssign *= 5:1
# CHECK-NEXT:    target: Name a 5:1
# CHECK-NEXT:    value: Int 1 5:6
# CHECK-NEXT:  AugAssign /= 6:1
# CHECK-NEXT:    target: Name a 6:1
# CHECK-NEXT:    value: Int 1 6:6
# CHECK-NEXT:  AugAssign //= 7:1
# CHECK-NEXT:    target: Name a 7:1
# CHECK-NEXT:    value: Int 1 7:7
# CHECK-NEXT:  AugAssign %= 8:1
# CHECK-NEXT:    target: Name a 8:1
# CHECK-NEXT:    value: Int 1 8:6
# CHECK-NEXT:  AugAssign @= 9:1
# CHECK-NEXT:    target: Name a 9:1
# CHECK-NEXT:    value: Int 1 9:6
# CHECK-NEXT:  AugAssign &= 10:1
# CHECK-NEXT:    target: Name a 10:1
# CHECK-NEXT:    value: Int 1 10:6
# CHECK-NEXT:  AugAssign |= 11:1
# CHECK-NEXT:    target: Name a 11:1
# CHECK-NEXT:    value: Int 1 11:6
# CHECK-NEXT:  AugAssign ^= 12:1
# CHECK-NEXT:    target: Name a 12:1
# CHECK-NEXT:    value: Int 1 12:6
# CHECK-NEXT:  AugAssign >>= 13:1
# CHECK-NEXT:    target: Name a 13:1
# CHECK-NEXT:    value: Int 1 13:7
# CHECK-NEXT:  AugAssign <<= 14:1
# CHECK-NEXT:    target: Name a 14:1
# CHECK-NEXT:    value: Int 1 14:7
# CHECK-NEXT:  AugAssign **= 15:1
# CHECK-NEXT:    target: Name a 15:1
# CHECK-NEXT:    value: Int 1 15:7
# CHECK-NEXT:  AugAssign += 16:1
# CHECK-NEXT:    target: Subscript 16:4
# CHECK-NEXT:      value: Attribute y 16:3
# CHECK-NEXT:        Name x 16:1
# CHECK-NEXT:      index: Int 0 16:5
# CHECK-NEXT:    value: Int 2 16:11
# CHECK-NOT:{{.}}
