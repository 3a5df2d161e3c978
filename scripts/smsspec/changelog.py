"""``specs/<provider>/changelog.yaml``: what changed in each released ``info.version`` of our description.

The file maps a semantic version to the list of changes it brought, one sentence each. It is hand-written
beside the spec (``generated/specs/CHANGELOG.md`` is rendered from it) and every ``info.version`` needs an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from smsspec import refs, yamlio
from smsspec.bundle import Bundle
from smsspec.findings import Finding

FILE_NAME = "changelog.yaml"
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")

Changelog = dict[str, list[str]]


def load(spec_dir: Path, display: str) -> tuple[Changelog, list[Finding]]:
    """The well-formed entries of a provider's changelog, and a finding for each malformed one."""
    data: Any = yamlio.load(spec_dir / FILE_NAME, display) if (spec_dir / FILE_NAME).is_file() else {}
    if not isinstance(data, dict):
        return {}, [Finding(display, "", "changelog-invalid", "must map each version to a list of changes")]
    entries: Changelog = {}
    problems: list[Finding] = []
    for version, changes in data.items():
        where = "#" + refs.join("", str(version))
        if not (isinstance(version, str) and SEMVER.match(version)):
            problems.append(Finding(display, where, "changelog-invalid", "versions are MAJOR.MINOR.PATCH strings"))
        elif not (isinstance(changes, list) and changes and all(isinstance(c, str) and c.strip() for c in changes)):
            problems.append(Finding(display, where, "changelog-invalid", "list the changes, one sentence each"))
        else:
            entries[version] = changes
    return entries, problems


def check(bundle: Bundle, spec_dir: Path) -> Iterator[Finding]:
    """Findings for a malformed changelog, and for an ``info.version`` that it does not describe."""
    display = bundle.display(spec_dir / FILE_NAME)
    entries, problems = load(spec_dir, display)
    yield from problems
    version = (bundle.document.get("info") or {}).get("version")
    malformed = {problem.location for problem in problems}
    if isinstance(version, str) and version not in entries and not {"", "#" + refs.join("", version)} & malformed:
        yield Finding(
            display, "", "changelog-missing-entry", f"info.version is {version}; add `{version}:` listing what changed"
        )


def newest_first(entries: Changelog) -> list[str]:
    return sorted(entries, key=lambda v: tuple(int(part) for part in v.split(".")), reverse=True)
