# A file with only comments produces just Eof.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:7:1 Eof ''
# CHECK-NOT:{{.}}
# nothing here

