"""``smsspec diff``: each rule on a fixture pair (base.yaml and one <case>.head.yaml), and the command end to end."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from smsspec import yamlio
from smsspec.cli import main
from smsspec.publish.diff import RULES, compare

from ..conftest import FIXTURES

DIFF = FIXTURES / "diff"
SMS = "/paths/~1sms/post"

# case (fixture <case>.head.yaml) → the one change expected: (rule, breaking, operation, pointer)
CASES: dict[str, tuple[str, bool, str, str]] = {
    "operation-removed": ("operation-removed", True, "GET /balance", "/paths/~1balance/get"),
    "operation-added": ("operation-added", False, "DELETE /balance", "/paths/~1balance/delete"),
    "parameter-removed": ("parameter-removed", True, "POST /sms", f"{SMS}/parameters/0"),
    "parameter-added": ("parameter-added", False, "POST /sms", f"{SMS}/parameters/1"),
    "parameter-required-added": ("parameter-required-added", True, "POST /sms", f"{SMS}/parameters/1"),
    "parameter-became-required": ("parameter-required-added", True, "POST /sms", f"{SMS}/parameters/0"),
    "request-property-removed": (
        "request-property-removed",
        False,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/note",
    ),
    "request-property-added": (
        "request-property-added",
        False,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/sender",
    ),
    "request-property-required-added": (
        "request-property-required-added",
        True,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/kind",
    ),
    "response-property-removed": (
        "response-property-removed",
        True,
        "POST /sms",
        f"{SMS}/responses/200/content/application~1json/schema/properties/status",
    ),
    "response-property-added": (
        "response-property-added",
        False,
        "POST /sms",
        f"{SMS}/responses/200/content/application~1json/schema/properties/price",
    ),
    "response-removed": ("response-removed", True, "POST /sms", f"{SMS}/responses/400"),
    "response-added": ("response-added", False, "POST /sms", f"{SMS}/responses/429"),
    "enum-narrowed": (
        "enum-narrowed",
        True,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/kind",
    ),
    "enum-widened": (
        "enum-widened",
        False,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/kind",
    ),
    "response-enum-widened": (
        "enum-widened",
        True,
        "POST /sms",
        f"{SMS}/responses/200/content/application~1json/schema/properties/status",
    ),
    "type-changed": (
        "type-changed",
        True,
        "POST /sms",
        f"{SMS}/responses/200/content/application~1json/schema/properties/id",
    ),
    "request-type-widened": (
        "type-changed",
        False,
        "POST /sms",
        f"{SMS}/requestBody/content/application~1json/schema/properties/note",
    ),
    "webhook-property-removed": (
        "request-property-removed",
        True,
        "webhook report POST",
        "/webhooks/report/post/requestBody/content/application~1json/schema/properties/state",
    ),
}


def test_every_rule_has_a_fixture_and_every_fixture_a_case() -> None:
    assert {rule for rule, *_ in CASES.values()} == set(RULES)
    assert {p.name.removesuffix(".head.yaml") for p in DIFF.glob("*.head.yaml")} == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_fixture_pair_gives_exactly_its_change(case: str) -> None:
    changes = compare(yamlio.load(DIFF / "base.yaml"), yamlio.load(DIFF / f"{case}.head.yaml"))
    assert [(c.rule, c.breaking, c.operation, c.pointer) for c in changes] == [CASES[case]]


def test_identical_documents_have_no_change() -> None:
    assert compare(yamlio.load(DIFF / "base.yaml"), yamlio.load(DIFF / "base.yaml")) == []


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True
    )


@pytest.fixture
def repo(project: Path) -> Path:
    """The fixture project as a git repository with one commit."""
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    return project


def test_diff_against_a_ref_reports_breaking_changes_as_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = repo / "specs" / "boolky" / "openapi.yaml"
    spec = yamlio.load(root)
    removed = sorted(spec["paths"])[0]
    del spec["paths"][removed]
    root.write_text(yamlio.dump_yaml(spec))
    assert main(["diff", "boolky", "--base", "HEAD", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["rule"], c["breaking"]) for c in report["changes"]] == [("operation-removed", True)]
    assert report["breaking"] == 1
    assert main(["diff", "boolky", "--base", "HEAD", "--fail-on", "breaking"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "boolky: 1 changes since HEAD, 1 breaking"
    assert out[0].startswith("breaking operation-removed: GET ")


def test_unchanged_tree_passes_the_ci_gate(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "boolky", "--base", "HEAD", "--fail-on", "breaking"]) == 0
    assert capsys.readouterr().out == "boolky: 0 changes since HEAD, 0 breaking\n"


@pytest.mark.parametrize(
    ("ref", "says"), [("no-such-ref", "cannot read 'no-such-ref' from git"), ("HEAD", "no specs/bsg at HEAD")]
)
def test_unreadable_base_is_one_clear_line(repo: Path, capsys: pytest.CaptureFixture[str], ref: str, says: str) -> None:
    assert main(["diff", "boolky" if ref != "HEAD" else "bsg", "--base", ref]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"--base {ref}: error: diff-base-unreadable: {says}")
