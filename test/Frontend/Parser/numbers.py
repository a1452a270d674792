# Integer and float values (floats print in shortest round-trip form).
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = 0x7fffffffffffffff
b = 0o17
c = 0b101
d = 1_000
e = 1.5e-3
f = .5
g = 1.
h = 1e16
i = 0.1
j = 3.141592653589793
k = 1e-05
l = 1e400
# CHECK:Module "{{.*}}numbers.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: Int 9223372036854775807 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name b 4:1
# CHECK-NEXT:    value: Int 15 4:5
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Name c 5:1
# CHECK-NEXT:    value: Int 5 5:5
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name d 6:1
# CHECK-NEXT:    value: Int 1000 6:5
# CHECK-NEXT:  Assign 7:1
# CHECK-NEXT:    target: Name e 7:1
# CHECK-NEXT:    value: Float 0.0015 7:5
# CHECK-NEXT:  Assign 8:1
# CHECK-NEXT:    target: Name f 8:1
# CHECK-NEXT:    value: Float 0.5 8:5
# CHECK-NEXT:  Assign 9:1
# CHECK-NEXT:    target: Name g 9:1
# CHECK-NEXT:    value: Float 1.0 9:5
# CHECK-NEXT:  Assign 10:1
# CHECK-NEXT:    target: Name h 10:1
# CHECK-NEXT:    value: Float 1e+16 10:5
# CHECK-NEXT:  Assign 11:1
# CHECK-NEXT:    target: Name i 11:1
# CHECK-NEXT:    value: Float 0.1 11:5
# CHECK-NEXT:  Assign 12:1
# CHECK-NEXT:    target: Name j 12:1
# CHECK-NEXT:    value: Float 3.141592653589793 12:5
# CHECK-NEXT:  Assign 13:1
# CHECK-NEXT:    target: Name k 13:1
# CHECK-NEXT:    value: Float 1e-05 13:5
# CHECK-NEXT:  Assign 14:1
# CHECK-NEXT:    target: Name l 14:1
# CHECK-NEXT:    value: Float inf 14:5
# CHECK-NOT:{{.}}
