#!/usr/bin/env python3
"""Regenerates docs/ops.md from the py dialect's TableGen definitions.

Usage (from the repository root):
  llvm-tblgen-19 --dump-json -I include -I /usr/lib/llvm-19/include \
      include/py2triton/Dialect/Py/IR/PyOps.td -o /tmp/py-ops.json
  python3 tools/py2triton-opt/gen-ops-md.py /tmp/py-ops.json > docs/ops.md

Ops appear in the order and sections of PyOps.td. Columns come from each op's
summary (torch call), mnemonic and arguments, and its `pyDtypes` / `pyNotes`
fields (PyDialect.td).
"""
import json
import re
import sys

TD = "include/py2triton/Dialect/Py/IR/PyOps.td"
ATTR_TYPES = {
    "F64Attr": "f64", "I64Attr": "i64", "BoolAttr": "bool", "StrAttr": "str",
    "DenseI64ArrayAttr": "i64[]", "ElementsAttr": "elements",
}


def describe_arg(records, def_name, name):
    """Returns ("operand", text) or ("attr", text) for one argument."""
    rec = records[def_name]
    supers = rec.get("!superclasses", [])
    if "Attr" in supers or "AttrConstraint" in supers:
        base = rec.get("baseAttr")
        base_name = base["def"] if isinstance(base, dict) else def_name
        text = f"`{name}`: {ATTR_TYPES.get(base_name, base_name)}"
        default = rec.get("defaultValue") or ""
        if default:
            default = default.strip('"').replace("\\\"", "")
            if default == "{}":
                default = "[]"
            if base_name == "StrAttr":
                default = f'"{default}"'
            if default == "9223372036854775807":
                default = "INT64_MAX"
            text += f" = {default}"
        elif rec.get("isOptional"):
            text += " (optional)"
        return "attr", text
    if "Optional" in supers:
        return "operand", name + "?"
    if "Variadic" in supers:
        return "operand", name + "..."
    return "operand", name


def main():
    records = json.load(open(sys.argv[1]))
    out = ["# py dialect ops", "",
           "Generated from `" + TD + "` by `tools/py2triton-opt/gen-ops-md.py`;",
           "regenerate after changing ops. Every op except `py.constant` and",
           "`py.cast` infers its result type (C++ `builder.create<py::AddOp>(loc,",
           "lhs, rhs)` needs no result type). Dims are torch style (negative",
           "counts from the end). \"promoted\" means torch's type promotion",
           "(`py::promoteOperandTypes`): bool < ints < floats, f16 + bf16 -> f32,",
           "and a rank-0 operand (a Python scalar) does not widen a ranked operand",
           "of the same category. Broadcasting follows torch, with `?` vs 1 -> `?`",
           "and `?` vs N -> N.", ""]
    for line in open(TD):
        section = re.match(r"^// (\d+)\. (.*)", line)
        if section:
            out += ["", f"## {section.group(1)}. {section.group(2)}", "",
                    "| torch call(s) | `py` op | C++ class | attributes | dtypes | notes |",
                    "|---|---|---|---|---|---|"]
            continue
        op = re.match(r"^def (Py_(\w+Op))\b", line)
        if not op:
            continue
        rec = records[op.group(1)]
        operands, attrs = [], []
        for arg, name in rec["arguments"]["args"]:
            kind, text = describe_arg(records, arg["def"], name)
            (operands if kind == "operand" else attrs).append(text)
        cell = lambda s: s.replace("|", "\\|")
        out.append("| {} | `py.{}`({}) | `{}` | {} | {} | {} |".format(
            cell(rec["summary"]), rec["opName"], ", ".join(operands),
            op.group(2), "<br>".join(attrs) or "-", cell(rec["pyDtypes"]),
            cell(rec["pyNotes"]) or "-"))
    print("\n".join(out))
    # The hand-written back-end section (docs/ops-backend.md) follows.
    try:
        print("\n" + open("docs/ops-backend.md").read().rstrip())
    except FileNotFoundError:
        pass


if __name__ == "__main__":
    main()
