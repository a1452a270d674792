# A module with no statements.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
# just a comment
# CHECK:Module "{{.*}}empty-module.py"
# CHECK-NOT:{{.}}
