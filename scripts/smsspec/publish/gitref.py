"""A provider's bundled spec as it was at a git ref: its files extracted with ``git archive``, bundled as today."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from smsspec.findings import Finding, SmsspecError
from smsspec.layout import Layout
from smsspec.pipeline import build

# Everything under these folders shapes a provider's bundled document.
SOURCES = ("specs", "overlays")


def document_at(layout: Layout, provider: str, ref: str) -> dict[str, Any]:
    """The bundled document of ``provider`` at ``ref``; an unknown ref or a spec missing there raises."""
    commit = _git(layout, ["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], ref).decode().strip()
    present = _git(layout, ["ls-tree", "--name-only", commit, "--", *(f"{s}/{provider}" for s in SOURCES)], ref)
    folders = present.decode().split()
    if f"specs/{provider}" not in folders:
        message = f"no specs/{provider} at {ref}; pick a ref where it exists"
        raise SmsspecError([_problem(ref, "diff-base-unreadable", message)])
    archive = _git(layout, ["archive", "--format=tar", commit, "--", *folders], ref)
    with tempfile.TemporaryDirectory(prefix="smsspec-base-") as tmp, tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tmp, filter="data")
        return build(Layout(Path(tmp)), provider).document


def _git(layout: Layout, args: list[str], ref: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=layout.root, capture_output=True, check=False)
    except FileNotFoundError:
        raise SmsspecError([_problem(ref, "diff-base-unreadable", "git is not installed")]) from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines() or ["not a commit"]
        message = f"cannot read {ref!r} from git ({reason[-1]}); give a branch, tag or commit of this repository"
        raise SmsspecError([_problem(ref, "diff-base-unreadable", message)])
    return done.stdout


def _problem(ref: str, rule: str, message: str) -> Finding:
    return Finding(f"--base {ref}", "", rule, message)
