# Attribute, call and subscript trailers chain left to right.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
y = x.shape[0].bit_length()
z = self.weight.t().contiguous()
# CHECK:Module "{{.*}}attributes-and-trailers.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name y 3:1
# CHECK-NEXT:    value: Call 3:26
# CHECK-NEXT:      func: Attribute bit_length 3:16
# CHECK-NEXT:        Subscript 3:12
# CHECK-NEXT:          value: Attribute shape 3:7
# CHECK-NEXT:            Name x 3:5
# CHECK-NEXT:          index: Int 0 3:13
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name z 4:1
# CHECK-NEXT:    value: Call 4:31
# CHECK-NEXT:      func: Attribute contiguous 4:21
# CHECK-NEXT:        Call 4:18
# CHECK-NEXT:          func: Attribute t 4:17
# CHECK-NEXT:            Attribute weight 4:10
# CHECK-NEXT:              Name self 4:5
# CHECK-NOT:{{.}}
