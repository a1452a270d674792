"""Static anti-cheating checks of a candidate kernel module (Python ``ast``).

:func:`analyze_source` reads the candidate's source (never executing it) and
returns :class:`Finding` objects, each with a named ``code``:

``torch-compute``
    the *wrapper path* computes with torch instead of launching Triton
    kernels: a ``torch.*`` / ``F.*`` call outside the allow-list (allocation,
    shape, view and dtype helpers), a computing tensor method (``x.sum()``,
    ``x.add_()``, ``x.clone()``), tensor arithmetic (``x @ w``, ``x * 2``
    where ``x`` is known to be a tensor), a call of a torch submodule
    (``self.fc(x)``), or a ``torch.compile`` decorator.
``calls-reference``
    the wrapper path calls the reference: ``super().forward``, a ModelNew
    without its own ``forward`` (it inherits ``Model.forward``), anything of
    the exec'd ``_SOURCE`` module (``_source.Model(...)``) other than the
    base class, or an import of the reference module.
``try-except-fallback``
    a ``try``/``except`` (or ``contextlib.suppress``) on the wrapper path:
    the usual shape of "run the kernel, fall back to torch when it fails".
``timer-patching``
    anywhere in the module: assigning to / ``setattr`` on a clock of torch,
    ``time`` or triton (``torch.cuda.Event``, ``Event.elapsed_time``,
    ``torch.cuda.synchronize``, ``time.perf_counter``,
    ``triton.testing.do_bench``, ...).
``global-patching``
    anywhere: assigning to any other attribute of the torch / triton /
    time / sys / builtins modules.
``stream-tricks``
    anywhere: side streams (``torch.cuda.Stream``, ``torch.cuda.stream(...)``,
    ``set_stream``, ``wait_stream``), CUDA graphs, or thread / process pools
    (work that escapes the timed stream).
``dynamic-code``
    ``exec`` / ``eval`` / ``compile`` / ``__import__`` / ``importlib``, except
    the generated ``exec(compile(_SOURCE, ..., "exec"), _source.__dict__)``
    with ``_SOURCE`` a string literal.
``reference-access``
    ``sys.modules``, ``gc.get_objects``, ``inspect.stack`` / ``currentframe``,
    ``sys._getframe``: ways to find and patch the reference or the checker.
``returns-input``
    the wrapper returns one of its parameters (or a view of one: ``x``,
    ``x.view(...)``, ``x[...]``), or a parameter / buffer of the model.
``no-triton-launch``
    no ``kernel[grid](...)`` launch is reachable from the wrapper.
``external-wrapper``
    the wrapper is (or calls) a function imported from another module than
    torch / triton / the reference, so its code cannot be checked.

The wrapper path is: each translated function (the reference's entry points)
or ``ModelNew.forward``, and, transitively, every top-level non-``@triton.jit``
function and ``ModelNew`` method they call. ``@triton.jit`` kernels and the
string ``_SOURCE`` (the reference's text, exec'd for ``ModelNew``'s base
class) are not analysed as wrapper code.

Tensor arithmetic is flagged when an operand is *known* to be a tensor: a
wrapper parameter listed in ``tensor_params`` (by default every parameter of
an entry point that is not annotated or defaulted as a Python scalar), a
``self.<name>`` in ``tensor_attrs`` (a model's parameters and buffers), or a
name assigned from a tensor expression (``torch.empty(...)``, a view of a
tensor, ...). Integer shape arithmetic (``n_rows * n_cols``) is not flagged.
"""

from __future__ import annotations

import ast
import builtins
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

import torch

__all__ = ["Finding", "analyze_source", "analyze_file", "STATIC_CODES"]

STATIC_CODES = (
    "torch-compute", "calls-reference", "try-except-fallback", "timer-patching",
    "global-patching", "stream-tricks", "dynamic-code", "reference-access",
    "returns-input", "no-triton-launch", "external-wrapper",
)

REFERENCE = "<reference>"   # qualified-name prefix of the reference module

# torch functions a wrapper may call: allocation, shape, dtype, device, grad
# mode. Everything else under torch.* is computation.
ALLOWED_TORCH = frozenset("torch." + n for n in """
    empty empty_like empty_strided zeros zeros_like ones ones_like full full_like
    tensor as_tensor scalar_tensor as_strided device dtype Size finfo iinfo is_tensor
    is_floating_point is_complex numel get_default_dtype promote_types result_type
    can_cast broadcast_shapes no_grad inference_mode enable_grad set_grad_enabled
    is_grad_enabled autocast is_autocast_enabled
    cuda.current_device cuda.device cuda.is_available cuda.get_device_capability
    cuda.get_device_properties cuda.get_device_name cuda.device_count
    cuda.current_stream cuda.default_stream cuda.synchronize cuda.set_device
    cuda.device_of library.wrap_triton compiler.disable _dynamo.disable
    jit.ignore jit.unused
""".split())

_TORCH_DECORATORS_OK = frozenset({
    "torch.no_grad", "torch.inference_mode", "torch.compiler.disable",
    "torch._dynamo.disable", "torch.jit.ignore", "torch.jit.unused",
    "functools.wraps", "functools.lru_cache", "functools.cache",
    "staticmethod", "classmethod", "property",
})

STREAM_NAMES = frozenset({
    "torch.cuda.Stream", "torch.cuda.stream", "torch.cuda.set_stream",
    "torch.cuda.ExternalStream", "torch.cuda.StreamContext", "torch.Stream",
    "torch.cuda.graph", "torch.cuda.CUDAGraph", "torch.cuda.make_graphed_callables",
    "torch.cuda.graphs", "torch.cuda.streams", "torch.cuda.Stream.wait_stream",
    "torch.cuda.Event.wait", "torch.cuda.set_sync_debug_mode",
    "triton.testing.do_bench_cudagraph",
})
STREAM_MODULES = ("threading", "_thread", "multiprocessing", "concurrent",
                  "asyncio")
STREAM_METHODS = frozenset({"wait_stream", "record_stream", "wait_event"})

TIMER_NAMES = frozenset({
    "Event", "elapsed_time", "record", "synchronize", "query", "perf_counter",
    "perf_counter_ns", "time", "time_ns", "monotonic", "monotonic_ns",
    "process_time", "process_time_ns", "thread_time", "do_bench",
    "do_bench_cudagraph", "Timer", "elapsed", "Stream",
})
_PATCH_ROOTS = ("torch", "triton", "time", "timeit", "sys", "builtins", "gc",
                "functools", "os")

REFERENCE_ACCESS = frozenset({
    "sys.modules", "sys._getframe", "gc.get_objects", "gc.get_referrers",
    "gc.get_referents", "inspect.stack", "inspect.currentframe",
    "inspect.getouterframes", "builtins.globals",
})
DYNAMIC_CODE = frozenset({"builtins.exec", "builtins.eval", "builtins.compile",
                          "builtins.__import__", "importlib.import_module",
                          "importlib.util.spec_from_file_location",
                          "importlib.util.module_from_spec", "runpy.run_path",
                          "runpy.run_module"})

# Tensor methods that only read metadata, make views, allocate, or cast.
SAFE_TENSOR_METHODS = frozenset("""
    stride size dim ndimension numel nelement element_size data_ptr is_contiguous
    is_floating_point is_complex get_device storage_offset untyped_storage
    view view_as reshape reshape_as contiguous expand expand_as permute transpose
    t unsqueeze squeeze flatten unflatten as_strided narrow select unbind split
    chunk movedim moveaxis swapaxes swapdims to type float half bfloat16 double
    int long bool short byte char cuda cpu detach requires_grad_ zero_ fill_
    item tolist new_empty new_zeros new_ones new_full new_empty_strided
    new_tensor pin_memory is_pinned dim_order
""".split())
# Methods that return a tensor sharing the receiver's storage (or itself).
VIEW_METHODS = frozenset("""
    view view_as reshape reshape_as contiguous expand expand_as permute transpose
    t unsqueeze squeeze flatten unflatten as_strided narrow select movedim
    moveaxis swapaxes swapdims detach to type float half bfloat16 double cuda cpu
    requires_grad_ zero_ fill_
""".split())
TENSOR_PRODUCING_METHODS = VIEW_METHODS | frozenset(
    "new_empty new_zeros new_ones new_full new_empty_strided new_tensor".split())
# Method names also common on Python containers: flagged only when the
# receiver is known to be a tensor.
AMBIGUOUS_METHODS = frozenset("""
    add sort index pop remove clear update insert extend reverse copy count
    append get items keys values format join split startswith endswith strip
    lower upper replace setdefault
""".split())
_TENSOR_ATTRS = frozenset(n for n in dir(torch.Tensor) if not n.startswith("__"))
_TENSOR_VALUED_ATTRS = frozenset({"T", "mT", "H", "mH", "real", "imag", "data", "grad"})
_BUILTINS = frozenset(dir(builtins))


@dataclass
class Finding:
    code: str
    message: str
    line: Optional[int] = None
    function: Optional[str] = None

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------
# module symbols
# ---------------------------------------------------------------------------


@dataclass
class _Module:
    tree: ast.Module
    aliases: dict[str, str] = field(default_factory=dict)      # name -> qualified
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)
    kernels: set[str] = field(default_factory=set)             # @triton.jit names
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    source_string: Optional[str] = None                        # name of _SOURCE
    assigned: dict[str, ast.expr] = field(default_factory=dict)

    def qualify(self, node: ast.AST) -> Optional[str]:
        """``F.relu`` -> ``torch.nn.functional.relu``; None if not a module path."""
        if isinstance(node, ast.Name):
            if node.id in self.aliases:
                return self.aliases[node.id]
            if node.id in _BUILTINS and node.id not in self.functions \
                    and node.id not in self.classes and node.id not in self.assigned:
                return "builtins." + node.id
            return None
        if isinstance(node, ast.Attribute):
            base = self.qualify(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None


def _is_kernel_decorator(mod: _Module, dec: ast.expr) -> bool:
    target = dec.func if isinstance(dec, ast.Call) else dec
    q = mod.qualify(target) or ""
    return q.startswith("triton.") or q in ("jit",) or (
        isinstance(target, ast.Name) and target.id in ("jit", "autotune", "heuristics"))


def _collect(tree: ast.Module, reference_module: Optional[str]) -> _Module:
    mod = _Module(tree)
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                name = a.asname or a.name.split(".")[0]
                mod.aliases[name] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.level == 0:
            for a in stmt.names:
                mod.aliases[a.asname or a.name] = f"{stmt.module}.{a.name}"
        elif isinstance(stmt, ast.ImportFrom):  # relative import
            for a in stmt.names:
                mod.aliases[a.asname or a.name] = f"<relative>.{a.name}"
    if reference_module:
        for k, v in list(mod.aliases.items()):
            if v == reference_module or v.startswith(reference_module + "."):
                mod.aliases[k] = REFERENCE + v[len(reference_module):]
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            mod.functions[stmt.name] = stmt  # type: ignore[assignment]
            if any(_is_kernel_decorator(mod, d) for d in stmt.decorator_list):
                mod.kernels.add(stmt.name)
        elif isinstance(stmt, ast.ClassDef):
            mod.classes[stmt.name] = stmt
        elif isinstance(stmt, ast.Assign):
            for tgt in stmt.targets:
                if isinstance(tgt, ast.Name):
                    mod.assigned[tgt.id] = stmt.value
    # Module-level aliases: `mm = torch.matmul`, `_source = types.ModuleType(...)`.
    for name, value in mod.assigned.items():
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and name == "_SOURCE":
            mod.source_string = name
        q = mod.qualify(value) if isinstance(value, (ast.Name, ast.Attribute)) else None
        if q is not None:
            mod.aliases[name] = q
        elif (isinstance(value, ast.Call)
              and (mod.qualify(value.func) or "") == "types.ModuleType"):
            mod.aliases[name] = REFERENCE   # the exec'd copy of the reference
    return mod


# ---------------------------------------------------------------------------
# whole-module checks
# ---------------------------------------------------------------------------


def _is_generated_exec(mod: _Module, call: ast.Call) -> bool:
    """``exec(compile(_SOURCE, "<name>", "exec"), _source.__dict__)``."""
    if len(call.args) != 2 or call.keywords:
        return False
    inner = call.args[0]
    if not (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
            and inner.func.id == "compile" and inner.args
            and isinstance(inner.args[0], ast.Name)
            and inner.args[0].id == mod.source_string and mod.source_string):
        return False
    ns = call.args[1]
    return (isinstance(ns, ast.Attribute) and ns.attr == "__dict__"
            and isinstance(ns.value, ast.Name) and mod.aliases.get(ns.value.id) == REFERENCE)


def _patch_finding(q: str, line: int, how: str) -> Finding:
    parts = q.split(".")
    if any(p in TIMER_NAMES for p in parts[1:]) or parts[0] in ("time", "timeit"):
        return Finding("timer-patching", f"{how} {q} (a clock the benchmark uses)", line)
    return Finding("global-patching", f"{how} {q} (module state shared with the harness)",
                   line)


def _module_checks(mod: _Module, jit_nodes: set[int]) -> list[Finding]:
    out: list[Finding] = []
    for stmt in mod.tree.body:
        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                if a.name.split(".")[0] in STREAM_MODULES:
                    out.append(Finding("stream-tricks", f"imports {a.name} (work on other "
                                       "threads / processes escapes the timed stream)",
                                       stmt.lineno))
                if a.name.split(".")[0] == "importlib":
                    out.append(Finding("dynamic-code", f"imports {a.name}", stmt.lineno))
        elif isinstance(stmt, ast.ImportFrom) and stmt.module:
            if stmt.module.split(".")[0] in STREAM_MODULES:
                out.append(Finding("stream-tricks", f"imports from {stmt.module}",
                                   stmt.lineno))
    for node in ast.walk(mod.tree):
        if id(node) in jit_nodes:
            continue
        line = getattr(node, "lineno", None)
        # Assignments to module attributes.
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, ast.Delete):
            targets = list(node.targets)
        for tgt in targets:
            for t in (tgt.elts if isinstance(tgt, (ast.Tuple, ast.List)) else [tgt]):
                if isinstance(t, ast.Attribute):
                    q = mod.qualify(t)
                    if q and q.split(".")[0] in _PATCH_ROOTS:
                        out.append(_patch_finding(q, line, "assigns to"))
        if isinstance(node, ast.Call):
            q = mod.qualify(node.func) or ""
            if q in ("builtins.setattr", "builtins.delattr") and node.args:
                base = mod.qualify(node.args[0])
                if base and base.split(".")[0] in _PATCH_ROOTS:
                    attr = (node.args[1].value if len(node.args) > 1
                            and isinstance(node.args[1], ast.Constant) else "?")
                    out.append(_patch_finding(f"{base}.{attr}", line, f"{q[9:]}() on"))
            if q in DYNAMIC_CODE and not (q == "builtins.exec"
                                         and _is_generated_exec(mod, node)):
                if q == "builtins.compile" and _inside_generated_exec(mod, node):
                    pass
                else:
                    out.append(Finding("dynamic-code", f"calls {q.replace('builtins.', '')}()",
                                       line))
            if q in REFERENCE_ACCESS:
                out.append(Finding("reference-access", f"calls {q}()", line))
            if isinstance(node.func, ast.Attribute) and node.func.attr in STREAM_METHODS:
                out.append(Finding("stream-tricks", f"calls .{node.func.attr}()", line))
        if isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load):
            q = mod.qualify(node)
            if q and (q in STREAM_NAMES or any(q.startswith(s + ".") for s in STREAM_NAMES)):
                out.append(Finding("stream-tricks", f"uses {q}", line))
            if q in REFERENCE_ACCESS:
                out.append(Finding("reference-access", f"uses {q}", line))
    # One finding per (code, line, message).
    seen, unique = set(), []
    for f in out:
        key = (f.code, f.line, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _inside_generated_exec(mod: _Module, node: ast.Call) -> bool:
    for outer in ast.walk(mod.tree):
        if (isinstance(outer, ast.Call) and (mod.qualify(outer.func) or "") == "builtins.exec"
                and outer.args and outer.args[0] is node):
            return _is_generated_exec(mod, outer)
    return False


# ---------------------------------------------------------------------------
# wrapper-path analysis
# ---------------------------------------------------------------------------


@dataclass
class _Path:
    findings: list[Finding] = field(default_factory=list)
    launches: int = 0
    visited: set[str] = field(default_factory=set)


class _FunctionAnalyzer:
    def __init__(self, mod: _Module, fn: ast.FunctionDef, label: str, path: _Path,
                 tensor_names: set[str], tensor_attrs: set[str], is_entry: bool,
                 cls: Optional[ast.ClassDef]) -> None:
        self.mod, self.fn, self.label, self.path = mod, fn, label, path
        self.tensors = set(tensor_names)
        self.tensor_attrs = tensor_attrs
        self.is_entry = is_entry
        self.cls = cls
        self.params = [a.arg for a in fn.args.posonlyargs + fn.args.args
                       + fn.args.kwonlyargs]
        if cls is not None and self.params and self.params[0] == "self":
            self.params = self.params[1:]
        self.methods = ({s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
                        if cls is not None else {})

    def flag(self, code: str, message: str, node: ast.AST) -> None:
        self.path.findings.append(Finding(code, message, getattr(node, "lineno", None),
                                          self.label))

    # -- tensor inference ------------------------------------------------

    def _self_attr(self, node: ast.AST) -> Optional[str]:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id == "self" and parts:
            return ".".join(reversed(parts))
        return None

    def is_tensor(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.tensors
        if isinstance(node, ast.Attribute):
            attr = self._self_attr(node)
            if attr is not None and attr in self.tensor_attrs:
                return True
            return node.attr in _TENSOR_VALUED_ATTRS and self.is_tensor(node.value)
        if isinstance(node, ast.Subscript):
            return self.is_tensor(node.value)
        if isinstance(node, ast.Call):
            q = self.mod.qualify(node.func) or ""
            if q.startswith("torch.") and q.split(".")[-1] in (
                    "empty", "empty_like", "empty_strided", "zeros", "zeros_like", "ones",
                    "ones_like", "full", "full_like", "tensor", "as_tensor", "as_strided"):
                return True
            if isinstance(node.func, ast.Attribute) and q == "":
                if node.func.attr in TENSOR_PRODUCING_METHODS and self.is_tensor(node.func.value):
                    return True
            return False
        if isinstance(node, (ast.BinOp,)):
            return self.is_tensor(node.left) or self.is_tensor(node.right)
        if isinstance(node, ast.UnaryOp):
            return self.is_tensor(node.operand)
        if isinstance(node, ast.IfExp):
            return self.is_tensor(node.body) or self.is_tensor(node.orelse)
        return False

    def _infer(self) -> None:
        changed = True
        while changed:
            changed = False
            for node in ast.walk(self.fn):
                if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                    tgts = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if self.is_tensor(node.value):
                        for t in tgts:
                            if isinstance(t, ast.Name) and t.id not in self.tensors:
                                self.tensors.add(t.id)
                                changed = True
                elif isinstance(node, ast.NamedExpr) and self.is_tensor(node.value):
                    if node.target.id not in self.tensors:
                        self.tensors.add(node.target.id)
                        changed = True

    # -- checks ------------------------------------------------------------

    def run(self) -> None:
        self._infer()
        for dec in self.fn.decorator_list:
            target = dec.func if isinstance(dec, ast.Call) else dec
            q = self.mod.qualify(target) or (target.id if isinstance(target, ast.Name) else "")
            if q not in _TORCH_DECORATORS_OK and (q.startswith("torch.") or "compile" in q):
                self.flag("torch-compute", f"{self.label} is decorated with {q}", dec)
        for stmt in self.fn.body:
            for node in ast.walk(stmt):
                self.visit(node)

    def visit(self, node: ast.AST) -> None:
        if isinstance(node, ast.Try) and node.handlers:
            self.flag("try-except-fallback",
                      f"{self.label} has a try/except (a fallback path around the kernels)",
                      node)
        elif isinstance(node, ast.With):
            for item in node.items:
                ce = item.context_expr
                q = self.mod.qualify(ce.func if isinstance(ce, ast.Call) else ce) or ""
                if q.endswith("suppress"):
                    self.flag("try-except-fallback", f"{self.label} uses {q}", node)
        elif isinstance(node, ast.Call):
            self.visit_call(node)
        elif isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.MatMult):
                self.flag("torch-compute", f"{self.label} computes a matmul with '@'", node)
            elif self.is_tensor(node.left) or self.is_tensor(node.right):
                self.flag("torch-compute", f"{self.label} does tensor arithmetic "
                          f"({ast.unparse(node)[:60]}) outside a kernel", node)
        elif isinstance(node, ast.UnaryOp) and self.is_tensor(node.operand):
            self.flag("torch-compute", f"{self.label} does tensor arithmetic "
                      f"({ast.unparse(node)[:60]}) outside a kernel", node)
        elif isinstance(node, ast.Compare):
            if any(self.is_tensor(x) for x in [node.left, *node.comparators]) and not all(
                    isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                self.flag("torch-compute", f"{self.label} compares tensors "
                          f"({ast.unparse(node)[:60]}) outside a kernel", node)
        elif isinstance(node, ast.AugAssign) and self.is_tensor(node.target):
            self.flag("torch-compute", f"{self.label} updates a tensor in place "
                      f"({ast.unparse(node)[:60]})", node)
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Subscript) and self.is_tensor(t.value):
                    self.flag("torch-compute", f"{self.label} writes a tensor by indexing "
                              f"({ast.unparse(t)[:60]} = ...)", node)
        elif isinstance(node, ast.Return) and node.value is not None:
            self.visit_return(node)

    def _input_root(self, node: ast.AST) -> Optional[str]:
        """The parameter / model tensor ``node`` is (a view of), if any."""
        while True:
            if isinstance(node, ast.Name):
                return node.id if node.id in self.params else None
            attr = self._self_attr(node) if isinstance(node, ast.Attribute) else None
            if attr is not None:
                return f"self.{attr}" if attr in self.tensor_attrs else None
            if isinstance(node, ast.Subscript):
                node = node.value
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in VIEW_METHODS):
                node = node.func.value
            else:
                return None

    def visit_return(self, node: ast.Return) -> None:
        if not self.is_entry:
            return
        values = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) \
            else [node.value]
        for v in values:
            root = self._input_root(v)
            if root is not None:
                self.flag("returns-input", f"{self.label} returns its input '{root}'"
                          + ("" if isinstance(v, ast.Name) else f" (as {ast.unparse(v)[:50]})"),
                          node)

    def visit_call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Subscript):
            self.path.launches += 1        # kernel[grid](...)
            return
        q = self.mod.qualify(func)
        if q is None and isinstance(func, ast.Call) is False and isinstance(func, ast.Name):
            name = func.id
            if name in self.mod.functions and name not in self.mod.kernels:
                self.follow(self.mod.functions[name], name, node, None)
            elif name in self.mod.classes:
                pass
            return
        if q is not None:
            self.visit_qualified(q, node)
            return
        if isinstance(func, ast.Attribute):
            recv = func.value
            meth = func.attr
            if isinstance(recv, ast.Call) and isinstance(recv.func, ast.Name) \
                    and recv.func.id == "super":
                self.flag("calls-reference", f"{self.label} calls super().{meth}() "
                          "(the reference implementation)", node)
                return
            if isinstance(recv, ast.Name) and recv.id == "self" and self.cls is not None:
                if meth in self.methods:
                    self.follow(self.methods[meth], f"{self.cls.name}.{meth}", node, self.cls)
                elif meth in ("forward", "__call__"):
                    self.flag("calls-reference", f"{self.label} calls self.{meth}() "
                              "(inherited from the reference Model)", node)
                else:
                    self.flag("torch-compute", f"{self.label} calls self.{meth}(...), not a "
                              f"{self.cls.name} method (a torch submodule or a method "
                              "inherited from the reference)", node)
                return
            if self._self_attr(recv) is not None and meth in ("forward", "__call__"):
                self.flag("torch-compute", f"{self.label} calls "
                          f"{ast.unparse(func)}() (a torch submodule)", node)
                return
            if meth in SAFE_TENSOR_METHODS:
                return
            if meth in STREAM_METHODS:
                return  # reported by the module checks
            if meth in AMBIGUOUS_METHODS and not self.is_tensor(recv):
                return
            if meth in _TENSOR_ATTRS or self.is_tensor(recv):
                self.flag("torch-compute", f"{self.label} calls the tensor method "
                          f".{meth}() outside a kernel ({ast.unparse(node)[:60]})", node)

    def visit_qualified(self, q: str, node: ast.Call) -> None:
        if q.startswith(REFERENCE):
            self.flag("calls-reference", f"{self.label} calls "
                      f"{q.replace(REFERENCE, 'the reference module', 1)}", node)
            return
        if q == "builtins.getattr" and len(node.args) >= 2:
            base = self.mod.qualify(node.args[0])
            if base and base.startswith("torch") and isinstance(node.args[1], ast.Constant):
                self.visit_qualified(f"{base}.{node.args[1].value}", node)
            elif base and base.startswith(REFERENCE):
                self.flag("calls-reference", f"{self.label} reads the reference module "
                          "with getattr()", node)
            return
        if q.startswith("torch."):
            if q in STREAM_NAMES or any(q.startswith(s + ".") for s in STREAM_NAMES):
                return  # reported by the module checks
            if q in ALLOWED_TORCH:
                return
            self.flag("torch-compute", f"{self.label} calls {q} outside a kernel", node)
            return
        if q.startswith("numpy.") and q.split(".")[-1] not in ("dtype", "float32",
                                                                "int32", "int64"):
            self.flag("torch-compute", f"{self.label} computes with {q}", node)
            return
        if "." not in q.replace("builtins.", "", 1) and q.startswith("builtins."):
            return
        # A helper imported from a sibling module: cannot follow it.
        if q.startswith("<relative>"):
            self.flag("external-wrapper", f"{self.label} calls {q}, whose code the "
                      "static checks cannot see", node)
            return
        root = q.split(".")[0]
        if root not in sys.stdlib_module_names and root not in ("triton", "builtins"):
            self.flag("external-wrapper", f"{self.label} calls {q}, whose code the "
                      "static checks cannot see", node)

    def follow(self, fn: ast.FunctionDef, label: str, call: ast.Call,
               cls: Optional[ast.ClassDef]) -> None:
        if label in self.path.visited:
            return
        self.path.visited.add(label)
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if cls is not None and params and params[0] == "self":
            params = params[1:]
        tensors = {p for p, a in zip(params, call.args) if self.is_tensor(a)}
        tensors |= {kw.arg for kw in call.keywords if kw.arg and self.is_tensor(kw.value)}
        _FunctionAnalyzer(self.mod, fn, label, self.path, tensors, self.tensor_attrs,
                          False, cls).run()


def _default_tensor_params(fn: ast.FunctionDef, skip_self: bool) -> set[str]:
    args = fn.args.posonlyargs + fn.args.args
    if skip_self and args and args[0].arg == "self":
        args = args[1:]
    defaults = dict(zip([a.arg for a in args][len(args) - len(fn.args.defaults):],
                        fn.args.defaults))
    out = set()
    for a in args:
        ann = a.annotation
        if isinstance(ann, ast.Name) and ann.id in ("int", "float", "bool", "str"):
            continue
        d = defaults.get(a.arg)
        if isinstance(d, ast.Constant) and d.value is not None:
            continue
        out.add(a.arg)
    return out


def _entry_points(mod: _Module, entries: Optional[Sequence[str]]) -> list[str]:
    if entries is not None:
        return list(entries)
    if "ModelNew" in mod.classes:
        return ["ModelNew.forward"]
    return [n for n in mod.functions if not n.startswith("_") and n not in mod.kernels
            and n not in ("get_inputs", "get_init_inputs")]


def analyze_source(source: str, *, entries: Optional[Sequence[str]] = None,
                   reference_module: Optional[str] = None,
                   tensor_params: Optional[Mapping[str, Iterable[str]]] = None,
                   tensor_attrs: Optional[Iterable[str]] = None,
                   filename: str = "<candidate>") -> list[Finding]:
    """Static findings for a candidate module's source.

    ``entries``: the translated function names, or ``["ModelNew.forward"]``
    (default: ModelNew.forward when the module defines ModelNew, else every
    public top-level non-kernel function). ``reference_module``: the module
    name of the reference (an import of it is ``calls-reference``).
    ``tensor_params``: entry name -> the parameters that are tensors (default:
    those not annotated / defaulted as Python scalars). ``tensor_attrs``: for
    ModelNew, the names (``"scale"``, ``"fc.weight"``) of its tensors.
    A syntax error is one ``dynamic-code``-free finding with code
    ``syntax-error``."""
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as exc:
        return [Finding("syntax-error", f"the candidate does not parse: {exc}", exc.lineno)]
    mod = _collect(tree, reference_module)
    jit_nodes: set[int] = set()
    for name in mod.kernels:
        for n in ast.walk(mod.functions[name]):
            jit_nodes.add(id(n))
    findings = _module_checks(mod, jit_nodes)
    attrs = set(tensor_attrs or ())
    hints = {k: set(v) for k, v in (tensor_params or {}).items()}
    for entry in _entry_points(mod, entries):
        path = _Path()
        if "." in entry:
            cls_name, meth = entry.split(".", 1)
            cls = mod.classes.get(cls_name)
            if cls is None:
                continue
            methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
            if meth not in methods:
                findings.append(Finding(
                    "calls-reference", f"{cls_name} does not define {meth}(): it inherits "
                    f"the reference's", cls.lineno, entry))
                continue
            fn = methods[meth]
            tensors = hints.get(entry, _default_tensor_params(fn, True))
            path.visited.add(entry)
            _FunctionAnalyzer(mod, fn, entry, path, tensors, attrs, True, cls).run()
        else:
            fn = mod.functions.get(entry)
            if fn is None:
                q = mod.aliases.get(entry)
                if q is not None:
                    if q.startswith(REFERENCE):
                        code = "calls-reference"
                    elif q.startswith("torch."):
                        code = "torch-compute"
                    else:
                        code = "external-wrapper"
                    findings.append(Finding(
                        code, f"'{entry}' is not a wrapper function of this module but "
                        f"{q.replace(REFERENCE, 'the reference module', 1)}", None, entry))
                continue
            if entry in mod.kernels:
                continue
            tensors = hints.get(entry, _default_tensor_params(fn, False))
            path.visited.add(entry)
            _FunctionAnalyzer(mod, fn, entry, path, tensors, attrs, True, None).run()
        findings += path.findings
        if path.launches == 0:
            findings.append(Finding("no-triton-launch", f"{entry} launches no Triton kernel "
                                    "(no kernel[grid](...) call is reachable)", None, entry))
    # One finding per (code, line, function, message).
    seen, unique = set(), []
    for f in findings:
        key = (f.code, f.line, f.function, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def analyze_file(path: str | Path, *, reference_path: str | Path | None = None,
                 **kwargs) -> list[Finding]:
    """:func:`analyze_source` of the file at ``path``; ``reference_path``
    names the reference module (its stem)."""
    p = Path(path)
    if reference_path is not None and "reference_module" not in kwargs:
        kwargs["reference_module"] = Path(reference_path).stem
    return analyze_source(p.read_text(), filename=str(p), **kwargs)
