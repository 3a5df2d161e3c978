"""The main job for a set of providers: validated bundles → published spec flavours (→ clients, models, manifest).

``run`` writes into any output directory, so ``check`` can regenerate into a temporary one and compare it with
the committed ``generated/`` tree without touching it.
"""

from __future__ import annotations

import filecmp
import tempfile
from collections.abc import Callable
from pathlib import Path

from smsspec.layout import Layout
from smsspec.output import replace_files
from smsspec.pipeline import build_all
from smsspec.publish import flavours, site
from smsspec.publish.docs import Page

Progress = Callable[[str], None]


def run(layout: Layout, providers: list[str], out: Path, progress: Progress = print) -> None:
    """Regenerate ``providers`` into ``out`` (normally ``generated/``).

    Invalid specs raise before anything is written."""
    built = build_all(layout, providers)
    pages = []
    for b in built:
        published = flavours.spec_files(b.provider, b.bundle.document)
        for note in published.notes:
            progress(str(note))
        changed = replace_files(out / "specs", published.files)
        progress(f"{b.provider}: specs {'updated: ' + ', '.join(changed) if changed else 'unchanged'}")
        pages.append(Page(b.provider, b.bundle.document, published.notes))
    changed = replace_files(out, site.files(layout, pages))
    progress(f"docs and changelog {'updated: ' + ', '.join(changed) if changed else 'unchanged'}")


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
