# The usual __main__ guard.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def main():
    pass

if __name__ == "__main__":
    main()
# CHECK:Module "{{.*}}main-guard.py"
# CHECK-NEXT:  FunctionDef main 3:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 4:5
# CHECK-NEXT:  If 6:1
# CHECK-NEXT:    test: Compare [==] 6:13
# CHECK-NEXT:      Name __name__ 6:4
# CHECK-NEXT:      String "__main__" 6:16
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 7:5
# CHECK-NEXT:        Call 7:9
# CHECK-NEXT:          func: Name main 7:5
# CHECK-NOT:{{.}}
