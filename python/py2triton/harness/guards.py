"""Dynamic guard against global patching (timers, torch, the checker).

:func:`snapshot` records the callables of the modules and classes a
candidate could monkeypatch to fool the correctness check or the benchmark
(``torch``, ``torch.Tensor``, ``torch.cuda``, ``torch.cuda.Event``,
``torch.nn.functional``, ``time``, ``builtins``, ``triton.testing``, and the
checker's / harness's own modules). :meth:`Snapshot.changes` lists what a
candidate replaced or deleted since; :meth:`Snapshot.restore` puts the
originals back. Attributes *added* later (lazily imported submodules) and
non-callable state (flags, counters) are ignored.
"""

from __future__ import annotations

import builtins
import sys
import time
import types
from dataclasses import dataclass, field
from typing import Any

import torch

from .static import TIMER_NAMES

__all__ = ["Change", "Snapshot", "snapshot"]


def _targets() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [
        ("torch", torch), ("torch.Tensor", torch.Tensor), ("torch.cuda", torch.cuda),
        ("torch.cuda.Event", torch.cuda.Event), ("torch.nn.functional", torch.nn.functional),
        ("torch.nn.Module", torch.nn.Module), ("time", time), ("builtins", builtins),
        ("torch.testing", torch.testing),
    ]
    if hasattr(torch.cuda, "Stream"):
        out.append(("torch.cuda.Stream", torch.cuda.Stream))
    for name in ("triton", "triton.testing", "py2triton.check",
                 "py2triton.harness.timing", "py2triton.harness.verify",
                 "py2triton.harness.static"):
        mod = sys.modules.get(name)
        if mod is not None:
            out.append((name, mod))
    return out


@dataclass
class Change:
    owner: str
    name: str
    kind: str  # "replaced" | "deleted"

    @property
    def qualified(self) -> str:
        return f"{self.owner}.{self.name}"

    @property
    def code(self) -> str:
        if self.owner == "time" or self.name in TIMER_NAMES or self.owner.startswith(
                ("torch.cuda.Event", "triton.testing", "py2triton.harness.timing")):
            return "timer-patching"
        return "global-patching"


@dataclass
class Snapshot:
    entries: list[tuple[str, Any, dict[str, Any]]] = field(default_factory=list)

    def changes(self) -> list[Change]:
        out = []
        for owner_name, owner, saved in self.entries:
            current = vars(owner)
            for name, value in saved.items():
                if name not in current:
                    out.append(Change(owner_name, name, "deleted"))
                elif current[name] is not value:
                    out.append(Change(owner_name, name, "replaced"))
        return out

    def restore(self) -> None:
        for _, owner, saved in self.entries:
            current = vars(owner)
            for name, value in saved.items():
                if current.get(name, _MISSING) is not value:
                    try:
                        setattr(owner, name, value)
                    except (AttributeError, TypeError):
                        pass


_MISSING = object()


def _interesting(value: Any) -> bool:
    return callable(value) or isinstance(value, (types.FunctionType, staticmethod,
                                                 classmethod, property))


def snapshot() -> Snapshot:
    snap = Snapshot()
    for owner_name, owner in _targets():
        try:
            items = dict(vars(owner))
        except TypeError:
            continue
        saved = {k: v for k, v in items.items()
                 if _interesting(v) and not (k.startswith("__") and k.endswith("__")
                                             and owner_name not in ("builtins", "torch.Tensor"))
                 and not isinstance(v, types.ModuleType)}
        snap.entries.append((owner_name, owner, saved))
    return snap
