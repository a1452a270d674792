"""Torch oracle for py2triton's shape and dtype inference.

py2triton infers the type of every value symbolically. This module checks
that inference against torch itself: it translates a Python file with
``py2triton FILE --emit=mlir``, reads the signature of every ``func.func``
(argument types with their ``py.name`` / ``py.param`` / ``py.scalar``
attributes, and result types), then runs the original Python on CPU with
random inputs of those types and compares each result's dtype and static
dims with the IR.

Usage from Python::

    from py2triton import oracle
    for case in oracle.collect_cases([Path("test/MLIRGen")]):
        oracle.check_case(case, binary)

or from the command line::

    python -m py2triton.oracle [--bin build/bin/py2triton] FILE_OR_DIR...
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import itertools
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parents[2]

#: Size given to a dynamic (``?``) dim whose name is unknown.
DEFAULT_DYNAMIC_SIZE = 7
#: Sizes given, in order of first appearance, to named dynamic dims of one
#: function's annotations ("f32[N, 128]"): small, odd and distinct, so that a
#: confusion between two dynamic dims changes the result's shape.
NAMED_DYNAMIC_SIZES = (7, 5, 9, 11, 3, 13, 15, 17)


def default_binary() -> Path:
    """The py2triton binary: $PY2TRITON_BIN or <repo>/build/bin/py2triton."""
    env = os.environ.get("PY2TRITON_BIN")
    if env:
        path = Path(env)
        return path if path.is_absolute() else REPO_ROOT / path
    return REPO_ROOT / "build" / "bin" / "py2triton"


#===----------------------------------------------------------------------===#
# IR signatures
#===----------------------------------------------------------------------===#


@dataclasses.dataclass(frozen=True)
class TensorType:
    """A ranked tensor type: dims (None = dynamic) and an MLIR element type."""

    shape: tuple
    dtype: str

    def __str__(self) -> str:
        dims = "".join(("?" if d is None else str(d)) + "x" for d in self.shape)
        return f"tensor<{dims}{self.dtype}>"


@dataclasses.dataclass
class Argument:
    type: TensorType
    name: str
    is_param: bool = False
    is_scalar: bool = False


@dataclasses.dataclass
class Signature:
    name: str
    args: List[Argument]
    results: List[TensorType]
    py_class: Optional[str] = None


_TENSOR_RE = re.compile(r"tensor<((?:(?:\d+|\?)x)*)([a-z]+\d*)>")


def parse_tensor_type(text: str) -> TensorType:
    m = _TENSOR_RE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a ranked tensor type: {text!r}")
    dims = tuple(None if d == "?" else int(d)
                 for d in m.group(1).split("x") if d)
    return TensorType(dims, m.group(2))


def _matching(text: str, start: int) -> int:
    """Index just past the bracket closing the one at text[start]."""
    pairs = {"(": ")", "<": ">", "{": "}", "[": "]"}
    stack = []
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "-" and text.startswith("->", i):
            i += 1  # not a closing '>'
        elif c in pairs:
            stack.append(pairs[c])
        elif stack and c == stack[-1]:
            stack.pop()
            if not stack:
                return i + 1
        i += 1
    raise ValueError("unbalanced brackets in IR")


def _split_top(text: str) -> List[str]:
    """Splits at commas outside brackets and strings."""
    parts, depth, current, i = [], 0, [], 0
    while i < len(text):
        c = text[i]
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            current.append(text[i:j + 1])
            i = j + 1
            continue
        if c == "-" and text.startswith("->", i):
            current.append("->")
            i += 2
            continue
        if c in "(<{[":
            depth += 1
        elif c in ")>}]":
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    if "".join(current).strip():
        parts.append("".join(current).strip())
    return parts


def _parse_argument(text: str) -> Argument:
    m = re.match(r"%[\w.]+\s*:\s*", text)
    if not m:
        raise ValueError(f"bad argument {text!r}")
    rest = text[m.end():]
    brace = rest.find("{")
    type_text = rest if brace < 0 else rest[:brace]
    attrs = "" if brace < 0 else rest[brace:]
    name = re.search(r'py\.name\s*=\s*"((?:[^"\\]|\\.)*)"', attrs)
    return Argument(
        type=parse_tensor_type(type_text),
        name=name.group(1) if name else "",
        is_param=re.search(r"\bpy\.param\b", attrs) is not None,
        is_scalar=re.search(r"\bpy\.scalar\b", attrs) is not None)


def parse_signatures(ir: str) -> List[Signature]:
    """The signature of every func.func in `ir` (generic or pretty form)."""
    signatures = []
    for m in re.finditer(r"func\.func\s+(?:private\s+)?@([\w$.]+)\(", ir):
        open_paren = m.end() - 1
        close = _matching(ir, open_paren)
        args = [_parse_argument(a) for a in _split_top(ir[open_paren + 1:close - 1])]
        rest = ir[close:]
        results: List[TensorType] = []
        r = re.match(r"\s*->\s*", rest)
        if r:
            pos = r.end()
            if rest[pos] == "(":
                end = _matching(rest, pos)
                results = [parse_tensor_type(t) for t in _split_top(rest[pos + 1:end - 1])]
                pos = end
            else:
                t = _TENSOR_RE.match(rest, pos)
                if not t:
                    raise ValueError(f"bad result type in {rest[:80]!r}")
                results = [parse_tensor_type(t.group(0))]
                pos = t.end()
            rest = rest[pos:]
        py_class = None
        a = re.match(r"\s*attributes\s*", rest)
        if a:
            end = _matching(rest, a.end())
            cls = re.search(r'py\.class\s*=\s*"([^"]*)"', rest[a.end():end])
            py_class = cls.group(1) if cls else None
        signatures.append(Signature(m.group(1), args, results, py_class))
    return signatures


#===----------------------------------------------------------------------===#
# Cases
#===----------------------------------------------------------------------===#


@dataclasses.dataclass
class Case:
    """One translation of one file: the py2triton options of a RUN line."""

    path: Path
    options: List[str]
    runline: int = 0  # index among the file's py2triton RUN lines

    @property
    def id(self) -> str:
        try:
            rel = self.path.resolve().relative_to(REPO_ROOT)
        except ValueError:
            rel = self.path
        return f"{rel}#{self.runline}" if self.runline else str(rel)


def _run_lines(text: str) -> List[str]:
    """The RUN commands of a lit test, with continuation lines joined."""
    commands, current = [], None
    for line in text.splitlines():
        m = re.match(r"\s*#\s*RUN:\s?(.*)$", line)
        if not m:
            continue
        body = m.group(1).rstrip()
        current = body if current is None else current + " " + body
        if current.endswith("\\"):
            current = current[:-1]
            continue
        commands.append(current.strip())
        current = None
    return commands


def options_from_run_line(command: str) -> Optional[List[str]]:
    """py2triton's options in a positive RUN line (None: not a translation).

    `py2triton %s --emit=mlir --arg x=4:f32 | FileCheck %s` gives
    ['--arg', 'x=4:f32'] (the --emit option is the oracle's own)."""
    first = command.split("|")[0].strip()
    try:
        words = shlex.split(first)
    except ValueError:
        return None
    if not words or words[0] != "py2triton" or "%s" not in words:
        return None
    options, skip = [], False
    for word in words[1:]:
        if skip:
            skip = False
            continue
        if word == "%s":
            continue
        if word.startswith("--emit") or word.startswith("-emit"):
            if "=" not in word:
                skip = True
            if word.split("=", 1)[-1] not in ("mlir", word):
                return None  # --emit=ast / tokens: nothing to check
            continue
        if word in ("-o",):
            skip = True
            continue
        options.append(word)
    return options


def cases_for_file(path: Path) -> List[Case]:
    text = path.read_text(encoding="utf-8")
    if re.search(r"^\s*#\s*XFAIL:", text, re.M):
        return []
    commands = _run_lines(text)
    if not commands:
        # No lit RUN line (examples/): translate with default options.
        return [Case(path, [])]
    cases = []
    for command in commands:
        options = options_from_run_line(command)
        if options is not None:
            cases.append(Case(path, options, len(cases)))
    return cases


def collect_cases(roots: Iterable[Path]) -> List[Case]:
    """Cases for every *.py under `roots` (files or directories); files in
    an `errors` directory (expected failures) are skipped."""
    cases = []
    for root in roots:
        root = Path(root)
        files = [root] if root.is_file() else sorted(root.glob("*.py"))
        for f in files:
            if "errors" in f.parts or f.name in ("lit.cfg.py", "__init__.py"):
                continue
            cases.extend(cases_for_file(f))
    return cases


#===----------------------------------------------------------------------===#
# Running
#===----------------------------------------------------------------------===#


class TranslationError(Exception):
    """py2triton rejected the file."""


class OracleMismatch(AssertionError):
    """The IR disagrees with torch."""


def translate(case: Case, binary: Optional[Path] = None,
              timeout: float = 60) -> str:
    binary = Path(binary) if binary else default_binary()
    proc = subprocess.run(
        [str(binary), str(case.path), "--emit=mlir", *case.options],
        capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise TranslationError(proc.stderr.strip())
    return proc.stdout


_TORCH_DTYPES = {
    "f32": "float32", "f16": "float16", "bf16": "bfloat16", "f64": "float64",
    "i64": "int64", "i32": "int32", "i16": "int16", "i8": "int8",
    "ui8": "uint8", "i1": "bool",
}


def torch_dtype(mlir_dtype: str):
    import torch
    try:
        return getattr(torch, _TORCH_DTYPES[mlir_dtype])
    except KeyError:
        raise ValueError(f"no torch dtype for {mlir_dtype!r}") from None


def mlir_dtype(dtype) -> str:
    name = str(dtype).replace("torch.", "")
    for k, v in _TORCH_DTYPES.items():
        if v == name:
            return k
    raise ValueError(f"no MLIR dtype for {dtype}")


def load_module(path: Path, unique: str):
    """Imports `path` as a fresh module (its directory importable)."""
    name = "_py2triton_oracle_" + re.sub(r"\W", "_", unique)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


def _find_def(tree: ast.Module, sig: Signature) -> Optional[ast.FunctionDef]:
    for node in tree.body:
        if sig.py_class and isinstance(node, ast.ClassDef) and node.name == sig.py_class:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "forward":
                    return item
        if not sig.py_class and isinstance(node, ast.FunctionDef) and node.name == sig.name:
            return node
    return None


def dynamic_dim_sizes(tree: Optional[ast.Module], sig: Signature) -> Dict[tuple, int]:
    """Sizes for the dynamic dims of `sig`'s arguments, keyed by
    (argument name, dim index): dims annotated with one name get one size,
    different names different sizes; anything else DEFAULT_DYNAMIC_SIZE."""
    sizes: Dict[tuple, int] = {}
    fn = _find_def(tree, sig) if tree else None
    if fn is None:
        return sizes
    by_name: Dict[str, int] = {}
    fresh = iter(NAMED_DYNAMIC_SIZES)
    for param in fn.args.args:
        ann = param.annotation
        if not (isinstance(ann, ast.Constant) and isinstance(ann.value, str)):
            continue
        m = re.fullmatch(r"\s*\w+\s*\[(.*)\]\s*", ann.value)
        if not m:
            continue
        dims = [d.strip() for d in m.group(1).split(",") if d.strip()]
        for i, d in enumerate(dims):
            if re.fullmatch(r"[A-Za-z_]\w*", d):
                if d not in by_name:
                    by_name[d] = next(fresh, DEFAULT_DYNAMIC_SIZE)
                sizes[(param.arg, i)] = by_name[d]
    return sizes


def make_input(arg: Argument, dims: Dict[tuple, int], generator):
    """A random value of `arg`'s type: a Python number for py.scalar
    arguments, else a CPU tensor (floats in [0, 1) so that losses such as
    binary_cross_entropy accept them; ints in [1, 2] so that they are valid
    class indices and safe divisors)."""
    import torch
    t = arg.type
    if arg.is_scalar:
        if t.dtype == "i1":
            return True
        if t.dtype.startswith("i") or t.dtype.startswith("ui"):
            return 2
        return 0.75
    shape = [d if d is not None else dims.get((arg.name, i), DEFAULT_DYNAMIC_SIZE)
             for i, d in enumerate(t.shape)]
    dtype = torch_dtype(t.dtype)
    if t.dtype == "i1":
        return torch.randint(0, 2, shape, generator=generator).bool()
    if dtype.is_floating_point:
        return torch.rand(shape, generator=generator, dtype=torch.float32).to(dtype)
    return torch.randint(1, 3, shape, generator=generator, dtype=dtype)


def _flatten_results(value) -> list:
    if isinstance(value, (tuple, list)):
        return list(value)
    if value is None:
        return []
    return [value]


def _result_type(value) -> TensorType:
    import torch
    if isinstance(value, torch.Tensor):
        return TensorType(tuple(value.shape), mlir_dtype(value.dtype))
    if isinstance(value, bool):
        return TensorType((), "i1")
    if isinstance(value, int):
        return TensorType((), "i64")
    if isinstance(value, float):
        return TensorType((), "f32")
    raise OracleMismatch(f"torch returned {type(value).__name__}, not a tensor")


def _compatible(ir: TensorType, actual: TensorType) -> bool:
    if ir.dtype != actual.dtype or len(ir.shape) != len(actual.shape):
        return False
    return all(d is None or d == a for d, a in zip(ir.shape, actual.shape))


def _resolve(obj, path: str):
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def check_signature(module, tree, sig: Signature, seed: int = 0) -> List[str]:
    """Runs `sig`'s Python original with random inputs; returns mismatches."""
    import torch
    problems = []
    generator = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    if sig.py_class:
        cls = getattr(module, sig.py_class)
        init = getattr(module, "get_init_inputs", None)
        with torch.no_grad():
            model = cls(*(init() if init else []))
        model.eval()
        for arg in sig.args:
            if not arg.is_param:
                continue
            try:
                value = _resolve(model, arg.name)
            except AttributeError:
                problems.append(f"@{sig.name}: parameter '{arg.name}' does not "
                                f"exist on the torch model")
                continue
            actual = _result_type(value)
            if not _compatible(arg.type, actual):
                problems.append(f"@{sig.name}: parameter '{arg.name}' is "
                                f"{arg.type} in the IR but {actual} in torch")
        fn = model
    else:
        fn = getattr(module, sig.name)
    dims = dynamic_dim_sizes(tree, sig)
    kwargs = {a.name: make_input(a, dims, generator)
              for a in sig.args if not a.is_param}
    with torch.no_grad():
        out = fn(**kwargs)
    results = _flatten_results(out)
    if len(results) != len(sig.results):
        problems.append(f"@{sig.name}: {len(sig.results)} results in the IR, "
                        f"{len(results)} from torch")
        return problems
    for i, (ir, value) in enumerate(zip(sig.results, results)):
        actual = _result_type(value)
        if not _compatible(ir, actual):
            problems.append(f"@{sig.name}: result #{i} is {ir} in the IR but "
                            f"{actual} in torch")
    return problems


_counter = itertools.count()


def check_case(case: Case, binary: Optional[Path] = None) -> List[Signature]:
    """Translates and checks `case`; raises TranslationError when py2triton
    rejects it and OracleMismatch when the IR disagrees with torch. Returns
    the checked signatures."""
    ir = translate(case, binary)
    signatures = parse_signatures(ir)
    if not signatures:
        raise OracleMismatch(f"{case.id}: no func.func in the output")
    module = load_module(case.path, f"{case.path.stem}_{next(_counter)}")
    try:
        tree = ast.parse(case.path.read_text(encoding="utf-8"))
    except SyntaxError:
        tree = None
    problems = []
    for sig in signatures:
        try:
            problems.extend(check_signature(module, tree, sig))
        except OracleMismatch:
            raise
        except Exception as e:  # torch rejected the inputs or the program
            problems.append(f"@{sig.name}: torch raised {type(e).__name__}: {e}")
    if problems:
        raise OracleMismatch(f"{case.id} {' '.join(case.options)}\n  " +
                             "\n  ".join(problems))
    return signatures


def main(argv: Sequence[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", type=Path, default=None)
    parser.add_argument("paths", nargs="+", type=Path)
    ns = parser.parse_args(argv)
    failures = 0
    for case in collect_cases(ns.paths):
        try:
            sigs = check_case(case, ns.bin)
            print(f"ok    {case.id} ({len(sigs)} functions)")
        except TranslationError as e:
            first = (str(e).splitlines() or ["failed"])[0]
            print(f"skip  {case.id}: {first}")
        except OracleMismatch as e:
            failures += 1
            print(f"FAIL  {e}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
