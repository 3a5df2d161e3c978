"""The broken-input corpus: every way a user can break a spec gives one clear line per problem, exit code 1,
and leaves ``generated/`` byte-for-byte as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smsspec import yamlio
from smsspec.cli import main

LINE = re.compile(r"^(?P<file>[^:\s]+)(:(?P<location>#\S*|line \d+))?: error: (?P<rule>[a-z0-9-]+): (?P<message>.+)$")

Edit = Callable[[Path], None]


def _yaml(relative: str, change: Callable[[Any], Any]) -> Edit:
    def edit(spec: Path) -> None:
        path = spec / relative
        data = yamlio.load(path)
        change(data)  # edits in place
        path.write_text(yamlio.dump_yaml(data))

    return edit


def _write(relative: str, text: str) -> Edit:
    def edit(spec: Path) -> None:
        (spec / relative).parent.mkdir(parents=True, exist_ok=True)
        (spec / relative).write_text(text)

    return edit


def _replace(relative: str, old: str, new: str) -> Edit:
    def edit(spec: Path) -> None:
        text = (spec / relative).read_text()
        assert old in text, f"fixture changed: {old!r} not in {relative}"
        (spec / relative).write_text(text.replace(old, new))

    return edit


def _delete(relative: str) -> Edit:
    return lambda spec: (spec / relative).unlink()


def _all(*edits: Edit) -> Edit:
    def edit(spec: Path) -> None:
        for each in edits:
            each(spec)

    return edit


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        data = data[key]
    return data


PETS_200 = ("get", "responses", "200", "content", "application/json")


def _link(data: Any, link: dict[str, Any]) -> None:
    _get(data, *PETS_200[:3])["links"] = {"GetPet": link}


OVERLAY = "../../overlays/boolky/10-fix.overlay.yaml"
OVERLAY_HEAD = "overlay: 1.0.0\ninfo: {title: Fix, version: '1'}\n"

# (case id, edit applied to specs/boolky, expected rule, file the first line must name)
CASES: list[tuple[str, Edit, str, str]] = [
    ("yaml-syntax", _write("paths/pets.yaml", "get:\n  operationId: [unclosed\n"), "yaml-syntax", "paths/pets.yaml"),
    ("yaml-duplicate-key", _replace("openapi.yaml", "servers:", "tags: []\nservers:"), "yaml-syntax", "openapi.yaml"),
    ("root-file-missing", _delete("openapi.yaml"), "file-missing", "openapi.yaml"),
    ("root-not-a-mapping", _write("openapi.yaml", "- just\n- a list\n"), "spec-not-a-mapping", "openapi.yaml"),
    (
        "ref-to-missing-file",
        _replace("paths/pets.yaml", "schemas/Pet.yaml", "schemas/Missing.yaml"),
        "ref-dangling",
        "paths/pets.yaml",
    ),
    (
        "dangling-pointer-in-request-body",
        _yaml(
            "paths/pets.yaml",
            lambda d: d["get"].update(
                requestBody={
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "../components/schemas/Pet.yaml#/properties/nope"},
                            "examples": {"a": {"value": {}}},
                        }
                    }
                }
            ),
        ),
        "ref-dangling",
        "paths/pets.yaml",
    ),
    ("invalid-openapi", _yaml("openapi.yaml", lambda d: d["info"].pop("title")), "openapi-invalid", "openapi.yaml"),
    (
        "invalid-schema-named-by-its-file",  # the validator reports it as #/properties/name/anyOf/1
        _yaml("components/schemas/Pet.yaml", lambda d: d["properties"]["name"].update(anyOf=[{}, ["not a schema"]])),
        "openapi-invalid",
        "components/schemas/Pet.yaml",
    ),
    (
        "duplicate-operation-id",
        _replace("paths/pets_{id}.yaml", "pets_get", "pets_list"),
        "operation-id-duplicate",
        "paths/pets",
    ),
    (
        "operation-id-not-snake-case",
        _replace("paths/pets.yaml", "pets_list", "listPets"),
        "operation-id-convention",
        "paths/pets.yaml",
    ),
    (
        "example-not-matching-schema",
        _replace("components/examples/Rex.yaml", "id: 1", "id: not-a-number"),
        "example-invalid",
        "paths/pets_{id}.yaml",
    ),
    (
        "component-name-clash",
        _all(
            _write("components/schemas/more/Pet.yaml", "type: object\n"),
            _replace("paths/pets_{id}.yaml", "schemas/Pet.yaml", "schemas/more/Pet.yaml"),
        ),
        "component-name-clash",
        "paths/pets",
    ),
    (
        "inlining-cycle",
        _yaml(
            "paths/pets.yaml",
            lambda d: d.update(put={"$ref": "./pets.yaml"}),
        ),
        "ref-cycle",
        "paths/pets.yaml",
    ),
    (
        "unverified-without-reason",
        _yaml("paths/pets.yaml", lambda d: d["get"].update({"x-unverified": True})),
        "unverified-without-reason",
        "paths/pets.yaml",
    ),
    (
        "missing-x-origin",
        _yaml("openapi.yaml", lambda d: d["info"].pop("x-origin")),
        "info-missing-origin",
        "openapi.yaml",
    ),
    (
        "unused-component",
        _write("components/schemas/Orphan.yaml", "type: string\n"),
        "component-unused",
        "components/schemas/Orphan.yaml",
    ),
    (
        "path-item-inline-in-root",
        _yaml(
            "openapi.yaml",
            lambda d: d["paths"].update(
                {
                    "/ping": {
                        "get": {
                            "operationId": "ping_get",
                            "summary": "s",
                            "description": "d",
                            "tags": ["pets"],
                            "responses": {"204": {"description": "pong"}},
                        }
                    }
                }
            ),
        ),
        "path-item-not-ref",
        "openapi.yaml",
    ),
    (
        "response-without-example",
        _yaml("paths/pets.yaml", lambda d: _get(d, *PETS_200).pop("examples")),
        "operation-missing-example",
        "paths/pets.yaml",
    ),
    (
        "undeclared-tag",
        _replace("paths/pets.yaml", "tags: [pets]", "tags: [animals]"),
        "tag-undeclared",
        "paths/pets.yaml",
    ),
    (
        "link-to-unknown-operation",
        _yaml("paths/pets.yaml", lambda d: _link(d, {"operationId": "pets_fetch"})),
        "link-target-unknown",
        "paths/pets.yaml",
    ),
    (
        "link-parameter-not-declared-by-target",
        _yaml("paths/pets.yaml", lambda d: _link(d, {"operationId": "pets_get", "parameters": {"query.id": "x"}})),
        "link-parameter-unknown",
        "paths/pets.yaml",
    ),
    (
        "link-expression-malformed",
        _yaml(
            "paths/pets.yaml",
            lambda d: _link(d, {"operationId": "pets_get", "parameters": {"path.id": "$response.bdy#/0/id"}}),
        ),
        "link-expression-invalid",
        "paths/pets.yaml",
    ),
    (
        "link-expression-names-a-parameter-the-source-lacks",
        _yaml(
            "paths/pets.yaml", lambda d: _link(d, {"operationId": "pets_get", "parameters": {"id": "$request.query.q"}})
        ),
        "link-expression-invalid",
        "paths/pets.yaml",
    ),
    (
        "overlay-target-matching-nothing",
        _write(OVERLAY, OVERLAY_HEAD + "actions:\n  - target: $.paths['/gone']\n    remove: true\n"),
        "overlay-target-unmatched",
        "overlays/boolky/10-fix.overlay.yaml",
    ),
    (
        "overlay-without-actions",
        _write(OVERLAY, OVERLAY_HEAD),
        "overlay-invalid",
        "overlays/boolky/10-fix.overlay.yaml",
    ),
    (
        "overlay-misnamed",
        _write("../../overlays/boolky/fix.overlay.yaml", OVERLAY_HEAD),
        "overlay-file-name",
        "overlays/boolky/fix.overlay.yaml",
    ),
]


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("edit", "rule", "file"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_input_is_reported_and_generated_is_untouched(
    project: Path, capsys: pytest.CaptureFixture[str], edit: Edit, rule: str, file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated = project / "generated" / "specs"
    generated.mkdir(parents=True)
    (generated / "boolky.openapi.yaml").write_text("previous bundle\n")
    before = _snapshot(project / "generated")
    spec = project / "specs" / "boolky"
    monkeypatch.chdir(spec)  # edits that load files by relative path resolve them here
    edit(spec)
    monkeypatch.chdir(project)

    assert main(["bundle", "boolky"]) == 1

    lines = capsys.readouterr().err.strip().splitlines()
    assert lines, "no finding was printed"
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), f"lines not in the 'file:location: error: rule: message' form: {lines}"
    rules = {m["rule"] for m in parsed if m}
    assert rule in rules, lines
    assert any(m["file"].endswith(file) or file in m["file"] for m in parsed if m and m["rule"] == rule), lines
    assert _snapshot(project / "generated") == before


def test_unknown_provider(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "nosuch"]) == 1
    line = capsys.readouterr().err.strip()
    match = LINE.match(line)
    assert match, line
    assert (match["rule"], match["file"]) == ("unknown-provider", "nosuch")
    assert "boolky" in line  # says which names exist


def test_corpus_is_large_enough() -> None:
    assert len(CASES) + 1 >= 12
