# Moderately deep nesting is accepted.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
y = ((((((((((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))))))))))
z = --------------------1
# CHECK:Module "{{.*}}deep-nesting-ok.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name y 3:1
# CHECK-NEXT:    value: Name x 3:45
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name z 4:1
# CHECK-NEXT:    value: UnaryOp - 4:5
# CHECK-NEXT:      UnaryOp - 4:6
# CHECK-NEXT:        UnaryOp - 4:7
# CHECK-NEXT:          UnaryOp - 4:8
# CHECK-NEXT:            UnaryOp - 4:9
# CHECK-NEXT:              UnaryOp - 4:10
# CHECK-NEXT:                UnaryOp - 4:11
# CHECK-NEXT:                  UnaryOp - 4:12
# CHECK-NEXT:                    UnaryOp - 4:13
# CHECK-NEXT:                      UnaryOp - 4:14
# CHECK-NEXT:                        UnaryOp - 4:15
# CHECK-NEXT:                          UnaryOp - 4:16
# CHECK-NEXT:                            UnaryOp - 4:17
# CHECK-NEXT:                              UnaryOp - 4:18
# CHECK-NEXT:                                UnaryOp - 4:19
# CHECK-NEXT:                                  UnaryOp - 4:20
# CHECK-NEXT:                                    UnaryOp - 4:21
# CHECK-NEXT:                                      UnaryOp - 4:22
# CHECK-NEXT:                                        UnaryOp - 4:23
# CHECK-NEXT:                                          UnaryOp - 4:24
# CHECK-NEXT:                                            Int 1 4:25
# CHECK-NOT:{{.}}
