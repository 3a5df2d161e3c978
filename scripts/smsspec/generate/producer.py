"""What a generation step is: a named function that writes one provider's files into a staging tree.

A producer writes under ``out``, a directory that mirrors ``generated/`` (``out/specs/…``, ``out/clients/<p>/…``),
and nothing elsewhere. It must be deterministic — the same ``Built`` gives the same bytes — because its output is
committed and ``check-generated`` compares it. ``tools`` names the distributions whose version changes its output
and ``sources`` the modules (or packages, templates included) whose code does, besides the one defining ``write``;
the manifest hashes both, so an upgrade or a code change regenerates what it affects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smsspec.pipeline import Built


@dataclass(frozen=True)
class Producer:
    name: str
    write: Callable[[Built, Path], None]
    tools: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def modules(self) -> tuple[str, ...]:
        return (self.write.__module__, *self.sources)
