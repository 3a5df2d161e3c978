"""``generated/manifest.json``: per provider, the hash of everything its outputs depend on, and the outputs.

A provider whose input hash is unchanged and whose recorded outputs are all on disk, unedited, is skipped —
that is what makes a no-op ``make generate`` take about a second. The input hash covers the provider's documents
(every flavour, after overlays), the producers, the versions of the tools they run and the source of the modules
that define them; nothing else can change the output. No timestamps: the file is committed and must be reproducible.

An entry is written only after its documents passed validation, and the validator's version is among the tools
hashed, so a matching input hash also vouches that the documents are valid OpenAPI: ``generate`` then skips the
schema check (``pipeline.Trusted``), the slowest part of a no-op run.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smsspec.generate.producer import Producer

NAME = "manifest.json"
VALIDATOR = "openapi-spec-validator"  # not a producer's tool, but its verdict is what a fresh entry vouches for


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tool_versions(producers: Iterable[Producer]) -> dict[str, str]:
    names = sorted({VALIDATOR, *(tool for producer in producers for tool in producer.tools)})
    return {name: importlib.metadata.version(name) for name in names}


def _source_files(module: str) -> list[Path]:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise LookupError(f"module {module} not found")
    if spec.submodule_search_locations:  # a package: every file in it (templates included)
        root = Path(next(iter(spec.submodule_search_locations)))
        return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [Path(spec.origin)]


def input_hash(documents: dict[str, dict[str, Any]], producers: Sequence[Producer], tools: dict[str, str]) -> str:
    """The hash of one provider's documents (every flavour) and of everything that turns them into output."""
    digest = hashlib.sha256()
    digest.update(json.dumps(documents, sort_keys=True, ensure_ascii=False).encode())
    digest.update(json.dumps([tools, [producer.name for producer in producers]], sort_keys=True).encode())
    modules = sorted({module for producer in producers for module in producer.modules})
    for path in (path for module in modules for path in _source_files(module)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass
class Entry:
    inputs: str
    outputs: dict[str, str] = field(default_factory=dict)  # path relative to generated/ → sha256

    def fresh(self, inputs: str, out: Path) -> bool:
        """True when the inputs are the recorded ones and every recorded output is on disk as written."""
        if inputs != self.inputs or not self.outputs:
            return False
        for name, digest in self.outputs.items():
            path = out / name
            if not path.is_file() or sha256(path.read_bytes()) != digest:
                return False
        return True


@dataclass
class Manifest:
    tools: dict[str, str] = field(default_factory=dict)
    providers: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, out: Path) -> Manifest:
        """The manifest under ``out``; an absent or unreadable one is empty (everything regenerates)."""
        try:
            data: Any = json.loads((out / NAME).read_text(encoding="utf-8"))
            entries = {p: Entry(e["inputs"], dict(e["outputs"])) for p, e in data["providers"].items()}
            return cls(dict(data["tools"]), entries)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()

    def dumps(self) -> str:
        providers = {
            p: {"inputs": e.inputs, "outputs": dict(sorted(e.outputs.items()))}
            for p, e in sorted(self.providers.items())
        }
        return json.dumps({"tools": self.tools, "providers": providers}, indent=2) + "\n"
