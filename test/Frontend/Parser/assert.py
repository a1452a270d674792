# assert with and without a message.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
assert x
assert x.dim() == 2, "expected a matrix"
# CHECK:Module "{{.*}}assert.py"
# CHECK-NEXT:  Assert 3:1
# CHECK-NEXT:    test: Name x 3:8
# CHECK-NEXT:  Assert 4:1
# CHECK-NEXT:    test: Compare [==] 4:16
# CHECK-NEXT:      Call 4:13
# CHECK-NEXT:        func: Attribute dim 4:10
# CHECK-NEXT:          Name x 4:8
# CHECK-NEXT:      Int 2 4:19
# CHECK-NEXT:    msg: String "expected a matrix" 4:22
# CHECK-NOT:{{.}}
