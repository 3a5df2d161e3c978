"""``make generate`` against the upstream generators run by hand, one after another, in the same run.

Ours: ``smsspec generate`` in a scratch copy of the project (``specs/``, ``overlays/``), once cold (empty
``generated/``: validate, bundle, overlays, every flavour, clients, models, docs for all providers in parallel)
and once as a no-op (nothing changed: the manifest skips every provider). Upstream: for the same providers and
the same SDK documents, ``openapi-python-client generate`` (its default ruff post-hooks) and then
``datamodel-codegen`` with our flags, sequentially — what a user without this project would run, without
validation, bundling, docs or skipping. Wall-clock seconds of whole processes, the best of ``--repeat`` runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from smsspec import yamlio
from smsspec.generate import clients, models
from smsspec.layout import Layout, find_root

REPEAT = 3


def _timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _best(run: Callable[[], float]) -> float:
    return min(run() for _ in range(REPEAT))


def ours(layout: Layout, providers: list[str], scratch: Path) -> tuple[float, float]:
    """(cold, no-op) seconds of ``smsspec generate`` in a copy of the project's sources."""
    project = scratch / "project"
    for part in ("specs", "overlays"):
        shutil.copytree(layout.root / part, project / part)
    command = [sys.executable, "-m", "smsspec", "generate", *providers]

    def cold() -> float:
        shutil.rmtree(project / "generated", ignore_errors=True)
        return _timed(command, project)

    best_cold = _best(cold)
    return best_cold, _best(lambda: _timed(command, project))


def upstream(layout: Layout, providers: list[str], scratch: Path) -> float:
    """Seconds for openapi-python-client then datamodel-codegen, provider after provider."""
    work = scratch / "upstream"

    def once() -> float:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        total = 0.0
        for provider in providers:
            spec = layout.generated_specs / f"{provider}.sdk.json"
            config = work / f"{provider}.config.yaml"
            settings = clients.generator_config(provider, yamlio.load(spec))
            settings.pop("post_hooks", None)  # upstream default: its own ruff fix + format hooks
            config.write_text(yamlio.dump_yaml(settings))
            client = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
            client += ["--config", str(config), "--output-path", str(work / provider), "--meta", "setup"]
            total += _timed(client, work)
            model = [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec)]
            model += ["--output", str(work / f"{provider}_models.py"), *models.FLAGS]
            total += _timed(model, work)
        return total

    return _best(once)


def main(providers: list[str]) -> int:
    layout = Layout(find_root())
    with tempfile.TemporaryDirectory(prefix="smsspec-bench-") as tmp:
        scratch = Path(tmp)
        cold, noop = ours(layout, providers, scratch)
        theirs = upstream(layout, providers, scratch)
    print(f"make generate for {len(providers)} providers, best of {REPEAT} (seconds)")
    print(f"  smsspec generate, cold    {cold:7.2f}")
    print(f"  smsspec generate, no-op   {noop:7.2f}")
    print(f"  upstream CLIs in sequence {theirs:7.2f}  (openapi-python-client + datamodel-codegen per provider)")
    print(f"  ratio cold / upstream x{cold / theirs:.2f}, no-op / upstream x{noop / theirs:.2f}")
    return 0
