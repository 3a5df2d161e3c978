"""Writing generated files so that a failure never leaves anything half-written.

Everything is rendered in memory first; files are written to a temporary directory beside the target and
moved into place with ``os.replace`` (atomic per file on POSIX) only once all of them exist.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def replace_files(directory: Path, files: Mapping[str, str]) -> list[str]:
    """Write ``files`` (relative name → text) under ``directory``; returns the names whose content changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = [name for name, text in files.items() if _read(directory / name) != text]
    if not changed:
        return []
    with tempfile.TemporaryDirectory(dir=directory, prefix=".tmp-") as tmp:
        staged = Path(tmp)
        for name in changed:
            (staged / name).parent.mkdir(parents=True, exist_ok=True)
            (staged / name).write_text(files[name], encoding="utf-8")
        for name in changed:
            (directory / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged / name, directory / name)
    return changed


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
