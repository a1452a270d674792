#!/usr/bin/env python3
"""Validates corpus entries against corpus/schema.json, plus format checks
that a JSON Schema cannot express.

    check_schema.py [--schema FILE] [--builtin] [--schema-only] PATH...

PATH is a JSONL file (one entry per line), a JSON file (one entry), an entry
directory (reference.py, kernel.py, test_entry.py, meta.json; id
curated-<name>) or a directory of entry directories. Prints one line per
problem, ``<id>: <where>: <message>``, then ``N entries, N invalid``; exits 1
if any entry is invalid.

Schema validation uses the ``jsonschema`` package (Draft 2020-12) when it is
importable and ``--builtin`` is not given; otherwise the built-in validator
below, which implements the subset of keywords the schema uses and rejects
any other keyword (so a schema edit cannot be silently ignored).

Format checks (skipped with ``--schema-only``):
  * the three sources compile as Python;
  * ``triton_code`` defines what ``python_code`` defines: ``ModelNew`` for a
    ``Model`` class, else every public top-level function except
    ``get_inputs`` / ``get_init_inputs``;
  * every dtype in ``metadata.dtypes`` is named in ``test_code``
    (``torch.float32`` / ``torch.float16`` / ``torch.bfloat16``);
  * ids are unique across everything checked in one run.

From Python: ``validate_entry(entry, schema) -> list[str]`` (schema only),
``check_entry(entry, schema) -> list[str]`` (schema and format checks).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema.json"

TORCH_DTYPE = {"fp32": "torch.float32", "fp16": "torch.float16", "bf16": "torch.bfloat16"}
INPUT_HELPERS = {"get_inputs", "get_init_inputs"}

# Keywords the built-in validator implements, and annotations it ignores.
_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "$defs", "examples",
                "default"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class SchemaError(Exception):
    """The schema uses something the built-in validator does not implement."""


def load_schema(path: Path = SCHEMA_PATH) -> dict:
    with open(path) as f:
        return json.load(f)


def _resolve(root: dict, ref: str) -> dict:
    if not ref.startswith("#"):
        raise SchemaError(f"only local $ref is supported: {ref}")
    node = root
    for part in ref[1:].split("/")[1:] if ref != "#" else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


def _same(a, b) -> bool:
    # JSON equality: 1 == 1.0 but True != 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _validate(value, schema, root, path: str, errors: list[str]) -> None:
    if schema is True:
        return
    if schema is False:
        errors.append(f"{path}: no value is allowed here")
        return
    for key in schema:
        if key not in _ANNOTATIONS and key not in _KEYWORDS:
            raise SchemaError(f"unsupported schema keyword {key!r} at {path}")
    if "$ref" in schema:
        _validate(value, _resolve(root, schema["$ref"]), root, path, errors)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            errors.append(f"{path}: expected {' or '.join(types)}, got {type(value).__name__}")
            return
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "const" in schema and not _same(value, schema["const"]):
        errors.append(f"{path}: expected {schema['const']!r}")
    for sub in schema.get("allOf", []):
        _validate(value, sub, root, path, errors)
    if "anyOf" in schema:
        if not any(not _collect(value, sub, root, path) for sub in schema["anyOf"]):
            errors.append(f"{path}: matches none of anyOf")
    if "oneOf" in schema:
        n = sum(not _collect(value, sub, root, path) for sub in schema["oneOf"])
        if n != 1:
            errors.append(f"{path}: matches {n} of oneOf, expected exactly 1")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: does not match /{schema['pattern']}/")
    if _TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if schema.get("uniqueItems"):
            for i, item in enumerate(value):
                if any(_same(item, other) for other in value[:i]):
                    errors.append(f"{path}[{i}]: duplicate item {item!r}")
        if "items" in schema:
            for i, item in enumerate(value):
                _validate(item, schema["items"], root, f"{path}[{i}]", errors)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{path}: missing required property {name!r}")
        props = schema.get("properties", {})
        for name, item in value.items():
            if name in props:
                _validate(item, props[name], root, f"{path}.{name}", errors)
            elif "additionalProperties" in schema:
                _validate(item, schema["additionalProperties"], root, f"{path}.{name}", errors)


def _collect(value, schema, root, path) -> list[str]:
    errors: list[str] = []
    _validate(value, schema, root, path, errors)
    return errors


_KEYWORDS = {"$ref", "type", "enum", "const", "allOf", "anyOf", "oneOf", "minLength",
             "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems",
             "uniqueItems", "items", "required", "properties", "additionalProperties"}


def validate_builtin(entry, schema: dict) -> list[str]:
    """Errors of `entry` against `schema` with the built-in validator."""
    return _collect(entry, schema, schema, "$")


def validate_jsonschema(entry, schema: dict) -> list[str]:
    """Errors of `entry` against `schema` with the jsonschema package."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = []
    for err in sorted(validator.iter_errors(entry), key=lambda e: list(e.absolute_path)):
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}"
                              for p in err.absolute_path)
        errors.append(f"{where}: {err.message}")
    return errors


def have_jsonschema() -> bool:
    try:
        import jsonschema  # noqa: F401
        return True
    except ImportError:
        return False


def validate_entry(entry, schema: dict | None = None, builtin: bool = False) -> list[str]:
    """Schema errors of one entry (jsonschema when importable unless `builtin`)."""
    schema = schema if schema is not None else load_schema()
    if not builtin and have_jsonschema():
        return validate_jsonschema(entry, schema)
    return validate_builtin(entry, schema)


def _top_level_names(tree: ast.Module):
    funcs, classes = set(), set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            funcs.add(node.name)
        elif isinstance(node, ast.ClassDef):
            classes.add(node.name)
    return funcs, classes


def format_errors(entry: dict) -> list[str]:
    """Checks of an entry that passed the schema, beyond what it expresses."""
    errors = []
    trees = {}
    for field in ("python_code", "triton_code", "test_code"):
        try:
            trees[field] = ast.parse(entry[field], filename=field)
        except SyntaxError as e:
            errors.append(f"$.{field}: does not compile: line {e.lineno}: {e.msg}")
    if "python_code" in trees and "triton_code" in trees:
        ref_funcs, ref_classes = _top_level_names(trees["python_code"])
        new_funcs, new_classes = _top_level_names(trees["triton_code"])
        if "Model" in ref_classes:
            if "ModelNew" not in new_classes:
                errors.append("$.triton_code: the reference defines Model but there is no ModelNew")
        else:
            wanted = {f for f in ref_funcs if not f.startswith("_")} - INPUT_HELPERS
            if not wanted:
                errors.append("$.python_code: defines no public function and no Model")
            for name in sorted(wanted - new_funcs):
                errors.append(f"$.triton_code: no function {name!r} (defined by the reference)")
    for dtype in entry["metadata"]["dtypes"]:
        if TORCH_DTYPE[dtype] not in entry["test_code"]:
            errors.append(f"$.metadata.dtypes: {dtype} is claimed but test_code never "
                          f"uses {TORCH_DTYPE[dtype]}")
    return errors


def check_entry(entry, schema: dict | None = None, builtin: bool = False,
                schema_only: bool = False) -> list[str]:
    """Schema errors, then (if there are none) format errors of one entry."""
    errors = validate_entry(entry, schema, builtin)
    if not errors and not schema_only:
        errors = format_errors(entry)
    return errors


def _load_dir_entry(path: Path) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run_curated import load_dir_entry
    return load_dir_entry(path)


def load_path(path: Path) -> list[tuple[str, object]]:
    """(where, entry) pairs from a JSONL/JSON file or entry directories."""
    if path.is_dir():
        if (path / "meta.json").exists():
            return [(str(path), _load_dir_entry(path))]
        return [(str(p), _load_dir_entry(p)) for p in sorted(path.iterdir())
                if p.is_dir() and (p / "meta.json").exists()]
    if path.suffix == ".jsonl":
        out = []
        with open(path) as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        out.append((f"{path}:{n}", json.loads(line)))
                    except json.JSONDecodeError as e:
                        out.append((f"{path}:{n}", e))
        return out
    with open(path) as f:
        return [(str(path), json.load(f))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--schema", type=Path, default=SCHEMA_PATH)
    parser.add_argument("--builtin", action="store_true",
                        help="use the built-in validator even if jsonschema is importable")
    parser.add_argument("--schema-only", action="store_true", help="skip the format checks")
    args = parser.parse_args(argv)
    schema = load_schema(args.schema)
    seen: dict[str, str] = {}
    total = invalid = 0
    for path in args.paths:
        for where, entry in load_path(path):
            total += 1
            if isinstance(entry, Exception):
                errors = [f"not JSON: {entry}"]
            else:
                errors = check_entry(entry, schema, args.builtin, args.schema_only)
            entry_id = entry.get("id", "?") if isinstance(entry, dict) else "?"
            if isinstance(entry_id, str) and entry_id in seen:
                errors.append(f"$.id: duplicate of {seen[entry_id]}")
            elif isinstance(entry_id, str):
                seen[entry_id] = where
            for err in errors:
                print(f"{entry_id}: {where}: {err}")
            invalid += bool(errors)
    engine = "builtin" if args.builtin or not have_jsonschema() else "jsonschema"
    print(f"{total} entries, {invalid} invalid ({engine})")
    return 1 if invalid or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
