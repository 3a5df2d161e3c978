"""``specs/<provider>/changelog.yaml``: every info.version needs an entry, malformed entries are located."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsspec.cli import main


def _errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["validate", "boolky"]) == 1
    return [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


def test_fixture_changelog_describes_its_version(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "boolky"]) == 0


def test_version_without_entry_names_the_file_and_the_version(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project / "specs" / "boolky" / "openapi.yaml"
    root.write_text(root.read_text().replace("version: 1.0.0", "version: 1.1.0"))
    assert _errors(capsys) == [
        "specs/boolky/changelog.yaml: error: changelog-missing-entry: info.version is 1.1.0; "
        "add `1.1.0:` listing what changed"
    ]


def test_missing_changelog_is_a_missing_entry(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "specs" / "boolky" / "changelog.yaml").unlink()
    assert [line.split(": error: ")[1].split(":")[0] for line in _errors(capsys)] == ["changelog-missing-entry"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("1.0.0:\n  - ok\n1.0:\n  - float version\n", "#/1.0"),
        ("1.0.0:\n  - ok\nv2.0.0:\n  - not semver\n", "#/v2.0.0"),
        ("1.0.0: just a string\n", "#/1.0.0"),
        ("1.0.0: []\n", "#/1.0.0"),
        ("- a list\n", ""),
    ],
)
def test_malformed_changelog_is_located(
    project: Path, capsys: pytest.CaptureFixture[str], text: str, location: str
) -> None:
    (project / "specs" / "boolky" / "changelog.yaml").write_text(text)
    lines = _errors(capsys)
    where = f"specs/boolky/changelog.yaml:{location}" if location else "specs/boolky/changelog.yaml"
    assert any(line.startswith(f"{where}: error: changelog-invalid: ") for line in lines)
    # a malformed file or 1.0.0 entry is reported as malformed, not as missing as well
    assert [line for line in lines if "changelog-missing-entry" in line] == []
