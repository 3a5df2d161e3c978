"""Shared helpers: the SDK document a provider's client and models come from, and importing generated code."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from smsspec.layout import Layout
from smsspec.pipeline import build

from ..conftest import ROOT

GENERATED = ROOT / "generated"


@cache
def sdk_document(provider: str) -> dict[str, Any]:
    layout = Layout(ROOT)
    document: dict[str, Any] = build(layout, provider).documents["sdk"]
    return document


@pytest.fixture
def client_package(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``load(provider, module)``: a module of the committed client, imported fresh from generated/clients."""
    loaded: list[str] = []

    def load(provider: str, module: str = "") -> ModuleType:
        monkeypatch.syspath_prepend(str(GENERATED / "clients" / provider))
        name = f"{provider}_client" + (f".{module}" if module else "")
        loaded.append(name)
        return importlib.import_module(name)

    yield load
    for name in [n for n in sys.modules if n.split(".")[0] in {m.split(".")[0] for m in loaded}]:
        del sys.modules[name]


def model_module(provider: str) -> ModuleType:
    path: Path = GENERATED / "models" / f"{provider}.py"
    spec = importlib.util.spec_from_file_location(f"smsspec_models_{provider}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
