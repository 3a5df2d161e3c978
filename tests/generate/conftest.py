"""Shared helpers: the SDK document a provider's client and models come from, importing generated code, and
installing a committed client into a venv of its own."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import sysconfig
import venv
from collections.abc import Callable, Iterator
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


def run(*args: str | Path, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, input=stdin, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.fixture(scope="session")
def installed_client(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``install(provider)``: the python of a fresh venv in which the committed client is installed from a wheel, as
    a user would install it, once per session. The venv sees no project code: its only other packages are the
    client's dependencies (httpx, attrs), taken from this interpreter through a ``.pth`` as there is no network."""
    pythons: dict[str, Path] = {}

    def install(provider: str) -> Path:
        if provider in pythons:
            return pythons[provider]
        work = tmp_path_factory.mktemp(f"{provider}-client")
        source = shutil.copytree(GENERATED / "clients" / provider, work / "src")  # building writes into the tree
        built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", "--no-build-isolation",
                    "-w", work / "dist", source)  # fmt: skip
        assert built.returncode == 0, built.stderr
        venv.create(work / "venv", with_pip=False)
        python = work / "venv" / "bin" / "python"
        wheel = next((work / "dist").glob("*.whl"))
        installed = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel)
        assert installed.returncode == 0, installed.stderr
        site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip())
        (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
        pythons[provider] = python
        return python

    return install


def model_module(provider: str) -> ModuleType:
    path: Path = GENERATED / "models" / f"{provider}.py"
    spec = importlib.util.spec_from_file_location(f"smsspec_models_{provider}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
