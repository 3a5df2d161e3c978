"""The main job for a set of providers: validated bundles → published spec flavours (→ clients, models, manifest).

``run`` writes into any output directory, so ``check`` can regenerate into a temporary one and compare it with
the committed ``generated/`` tree without touching it.
"""

from __future__ import annotations

import dataclasses
import filecmp
import tempfile
from collections.abc import Callable
from pathlib import Path

from smsspec import flavours
from smsspec.generate import clients, models
from smsspec.layout import Layout
from smsspec.output import replace_files
from smsspec.overlay import apply_overlays, overlay_paths
from smsspec.pipeline import Built, build_all

Progress = Callable[[str], None]


def run(layout: Layout, providers: list[str], out: Path, progress: Progress = print) -> None:
    """Regenerate ``providers`` into ``out`` (normally ``generated/``).

    Invalid specs raise before anything is written."""
    built = build_all(layout, providers)
    for b in built:
        changed = replace_files(out / "specs", flavours.spec_files(b.provider, b.bundle.document))
        progress(f"{b.provider}: specs {'updated: ' + ', '.join(changed) if changed else 'unchanged'}")
        sdk = _with_overlays(layout, b)  # interim until the pipeline builds the flavours
        for producer in (clients.write, models.write):
            producer(sdk, out)
        progress(f"{b.provider}: client and models written")


def _with_overlays(layout: Layout, b: Built) -> Built:
    paths = overlay_paths(layout.overlay_dir(b.provider), layout.relative)
    document = apply_overlays(b.bundle.document, paths, layout.relative)[0]
    return Built(b.provider, dataclasses.replace(b.bundle, document=document), b.findings)


def check(layout: Layout, providers: list[str]) -> list[str]:
    """Regenerate into a temporary directory; every difference from ``generated/`` as one line saying how to fix it."""
    with tempfile.TemporaryDirectory(prefix="smsspec-check-") as tmp:
        fresh = Path(tmp)
        run(layout, providers, fresh, progress=lambda _: None)
        return _differences(fresh, layout.generated, layout)


def _differences(fresh: Path, committed: Path, layout: Layout) -> list[str]:
    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} if root.is_dir() else set()

    expected, actual = files(fresh), files(committed)
    shown = layout.relative(committed)
    lines = [f"{shown}/{name}: missing; run `make generate`" for name in sorted(expected - actual)]
    lines += [
        f"{shown}/{name}: not produced by the specs any more; run `make generate`" for name in sorted(actual - expected)
    ]
    lines += [
        f"{shown}/{name}: differs from what the specs generate; run `make generate` (never edit generated files)"
        for name in sorted(expected & actual)
        if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    ]
    return lines
