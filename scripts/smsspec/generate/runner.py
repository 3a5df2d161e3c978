"""The main job: validated documents → every producer's output, per provider, swapped into ``generated/``.

For each provider whose inputs changed (see ``manifest``), the producers write into a staging directory beside
the output; only when all of them succeeded are the files moved into place and the provider's stale files
removed, so a failure leaves the previous output intact. Providers run in parallel (the producers spend their
time in subprocesses). ``run`` writes into any directory, so ``check`` can regenerate into a temporary one and
compare it with the committed ``generated/`` without touching it.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from smsspec.findings import Finding, SmsspecError
from smsspec.generate import clients, docs, manifest, models, specs
from smsspec.generate.manifest import Entry, Manifest
from smsspec.generate.producer import Producer
from smsspec.layout import PROVIDERS, Layout
from smsspec.output import replace_files
from smsspec.pipeline import Built, build_all
from smsspec.publish import flavours, site
from smsspec.publish.docs import Page

Progress = Callable[[str], None]

PRODUCERS: tuple[Producer, ...] = (specs.PRODUCER, clients.PRODUCER, models.PRODUCER, docs.PRODUCER)


def run(
    layout: Layout,
    providers: list[str],
    out: Path,
    progress: Progress = print,
    producers: tuple[Producer, ...] = PRODUCERS,
) -> None:
    """Regenerate ``providers`` into ``out`` (normally ``generated/``), skipping those whose inputs are unchanged.

    Invalid specs raise before anything is written; a producer's failure raises after the other providers
    finished, leaving that provider's previous output as it was."""
    out.mkdir(parents=True, exist_ok=True)
    recorded = Manifest.load(out)
    tools = manifest.tool_versions(producers)
    hashes: dict[str, str] = {}

    def trusted(provider: str, documents: dict[str, dict[str, Any]]) -> bool:
        hashes[provider] = manifest.input_hash(documents, producers, tools)
        entry = recorded.providers.get(provider)
        return entry is not None and entry.inputs == hashes[provider]

    built = build_all(layout, providers, trusted)
    for finding in (f for b in built for f in b.findings):  # warnings only: build_all raised on errors
        progress(str(finding))
    result = Manifest(tools, dict(recorded.providers))
    pending: list[tuple[Built, str]] = []
    for b in built:
        entry = recorded.providers.get(b.provider)
        if entry is not None and entry.fresh(hashes[b.provider], out):
            progress(f"{b.provider}: valid; unchanged, skipped")
        else:
            progress(f"{b.provider}: valid")
            pending.append((b, hashes[b.provider]))
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            progress(line)

    problems: list[Finding] = []
    with ThreadPoolExecutor(max_workers=max(1, min(len(pending), os.cpu_count() or 1))) as pool:
        futures = [(b, pool.submit(_provider, b, inputs, out, producers, recorded, say)) for b, inputs in pending]
        for b, future in futures:
            try:
                result.providers[b.provider] = future.result()
            except SmsspecError as exc:
                problems.extend(exc.findings)
    replace_files(out, {manifest.NAME: result.dumps()})
    pages = [Page(b.provider, b.document, flavours.notes(b.provider, b.document)) for b in built]
    regenerated = {b.provider for b, _ in pending}  # a skipped provider's notes were shown when it was generated
    for note in (note for page in pages if page.provider in regenerated for note in page.notes):
        progress(str(note))
    shared = site.shared_files(layout, pages)
    replace_files(out, shared)
    if problems:
        raise SmsspecError(problems)
    if shared:  # a run over every provider: what neither a provider nor the suite claims is a leftover
        claimed = {manifest.NAME, *shared, *(name for e in result.providers.values() for name in e.outputs)}
        for name in sorted(_outputs(out) - claimed):
            _remove(out, name)


def _files(root: Path) -> set[str]:
    """Every file under ``root`` (relative names), staging directories of a running generation excluded."""
    found = (p.relative_to(root) for p in root.rglob("*") if p.is_file())
    return {str(p) for p in found if not p.parts[0].startswith(".tmp-")}


def _outputs(out: Path) -> set[str]:
    """The files of an output tree as git sees them: ``pip install generated/clients/<p>`` builds in place and
    leaves ``build/`` and ``*.egg-info/``, which git ignores — not drift, and not ours to delete."""
    return _files(out) - _ignored(out)


def _ignored(root: Path) -> set[str]:
    """The files under ``root`` that git ignores (none when ``root`` is not in a work tree or git is missing)."""
    command = ["git", "ls-files", "--others", "--ignored", "--exclude-standard", "-z", "--", "."]
    try:
        done = subprocess.run(command, cwd=root, capture_output=True, check=False)
    except FileNotFoundError:
        return set()
    return {name for name in done.stdout.decode().split("\0") if name} if done.returncode == 0 else set()


def _provider(
    built: Built, inputs: str, out: Path, producers: tuple[Producer, ...], recorded: Manifest, say: Progress
) -> Entry:
    with tempfile.TemporaryDirectory(dir=out, prefix=".tmp-") as tmp:
        stage = Path(tmp)
        for producer in producers:
            producer.write(built, stage)
            say(f"{built.provider}: {producer.name} generated")
        written = sorted(_files(stage))
        entry = Entry(inputs, {name: manifest.sha256((stage / name).read_bytes()) for name in written})
        for name in written:
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(stage / name, out / name)
    previous = recorded.providers.get(built.provider)
    for name in sorted(set(previous.outputs if previous else ()) - set(entry.outputs)):
        _remove(out, name)
    say(f"{built.provider}: {len(entry.outputs)} files up to date")
    return entry


def _remove(out: Path, name: str) -> None:
    """Delete a stale output and the directories it leaves empty."""
    path = out / name
    path.unlink(missing_ok=True)
    for parent in path.parents:
        if parent == out or not parent.is_dir() or any(parent.iterdir()):
            break
        parent.rmdir()


def check(layout: Layout, providers: list[str], producers: tuple[Producer, ...] = PRODUCERS) -> list[str]:
    """Regenerate into a temporary directory; every difference from ``generated/`` as one line saying how to fix it."""
    with tempfile.TemporaryDirectory(prefix="smsspec-check-") as tmp:
        fresh = Path(tmp)
        run(layout, providers, fresh, lambda _: None, producers)
        return _differences(fresh, layout.generated, layout, providers)


def _differences(fresh: Path, committed: Path, layout: Layout, providers: list[str]) -> list[str]:
    expected = _files(fresh)
    everything = sorted(providers) == sorted(PROVIDERS)
    if everything:
        actual = _outputs(committed) if committed.is_dir() else set()
    else:  # only the named providers' outputs; the manifest is compared entry by entry below
        expected.discard(manifest.NAME)
        recorded = Manifest.load(committed).providers
        actual = {name for p in providers if p in recorded for name in recorded[p].outputs}
        actual = {name for name in actual | expected if (committed / name).is_file()}
    shown = layout.relative(committed)
    fix = f"run `make generate{'' if everything else ' PROVIDER=' + ' '.join(providers)}`"
    lines = [f"{shown}/{name}: missing; {fix}" for name in sorted(expected - actual)]
    lines += [f"{shown}/{name}: not produced by the specs any more; {fix}" for name in sorted(actual - expected)]
    lines += [
        f"{shown}/{name}: differs from what the specs generate; {fix} (never edit generated files)"
        for name in sorted(expected & actual)
        if (fresh / name).read_bytes() != (committed / name).read_bytes()
    ]
    if not everything:
        new, old = Manifest.load(fresh), Manifest.load(committed)
        stale = [p for p in providers if new.providers.get(p) != old.providers.get(p)] + (
            ["tools"] if new.tools != old.tools else []
        )
        lines += [f"{shown}/{manifest.NAME}: entry {p!r} is out of date; {fix}" for p in stale]
    return lines
