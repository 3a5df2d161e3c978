"""The pipeline: overlays applied per flavour, in name order, with every problem collected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smsspec import yamlio
from smsspec.cli import main
from smsspec.findings import SmsspecError
from smsspec.layout import Layout
from smsspec.overlay import overlay_paths
from smsspec.pipeline import apply_overlays, build

from .conftest import FIXTURES


def petstore() -> dict[str, Any]:
    document: dict[str, Any] = yamlio.load(FIXTURES / "overlay" / "petstore.openapi.yaml")
    return document


def overlay(*actions: dict[str, Any], **root: Any) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "Test", "version": "1"}, "actions": list(actions), **root}


def write(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yamlio.dump_yaml(document))


def test_overlays_apply_in_name_order_without_changing_the_input(tmp_path: Path) -> None:
    write(tmp_path / "02-second.overlay.yaml", overlay({"target": "$.paths['/new'].get", "update": {"x-second": 1}}))
    write(tmp_path / "01-first.overlay.yaml", overlay({"target": "$.paths", "update": {"/new": {"get": {}}}}))
    document = petstore()
    documents, applied = apply_overlays(document, overlay_paths(tmp_path)[::-1], display=lambda p: p.name)
    assert documents["openapi"]["paths"]["/new"] == {"get": {"x-second": 1}}
    assert [(a.file, a.flavour, [r.outcome for r in a.actions]) for a in applied] == [
        ("01-first.overlay.yaml", "openapi", ["updated"]),
        ("02-second.overlay.yaml", "openapi", ["updated"]),
    ]
    assert "/new" not in document["paths"]


def test_a_flavoured_overlay_shapes_only_its_flavour_on_top_of_the_published_one(tmp_path: Path) -> None:
    write(
        tmp_path / "01-sdk.overlay.yaml",
        overlay({"target": "$.paths['/pets']", "remove": True}, **{"x-flavour": "sdk"}),
    )
    write(tmp_path / "02-all.overlay.yaml", overlay({"target": "$.info", "update": {"x-all": True}}))
    documents, applied = apply_overlays(petstore(), overlay_paths(tmp_path))
    assert "/pets" in documents["openapi"]["paths"]
    assert "/pets" not in documents["sdk"]["paths"]
    assert documents["openapi"]["info"]["x-all"] is True
    assert documents["sdk"]["info"]["x-all"] is True  # general overlays apply before flavoured ones, whatever the name
    assert [a.flavour for a in applied] == ["openapi", "sdk"]


def test_problems_of_every_file_are_collected(tmp_path: Path) -> None:
    write(tmp_path / "01-a.overlay.yaml", overlay({"target": "$.nope", "remove": True}))
    (tmp_path / "02-b.overlay.yaml").write_text("overlay: 1.0.0\n")
    write(tmp_path / "03-c.overlay.yaml", overlay({"target": "$.info", "remove": True}, **{"x-flavour": "skd"}))
    with pytest.raises(SmsspecError) as caught:
        apply_overlays(petstore(), overlay_paths(tmp_path), display=lambda p: p.name)
    assert sorted((f.file, f.location, f.rule) for f in caught.value.findings) == [
        ("01-a.overlay.yaml", "#/actions/0", "overlay-target-unmatched"),
        ("02-b.overlay.yaml", "#", "overlay-invalid"),
        ("02-b.overlay.yaml", "#", "overlay-invalid"),
        ("03-c.overlay.yaml", "#/x-flavour", "overlay-flavour-unknown"),
    ]


def test_build_validates_every_flavour(project: Path) -> None:
    broken = overlay({"target": "$.info", "update": {"version": 2}}, **{"x-flavour": "sdk"})
    write(project / "overlays" / "boolky" / "10-sdk.overlay.yaml", broken)
    built = build(Layout(project), "boolky")
    assert not built.ok
    assert [(f.location, f.rule) for f in built.findings] == [("#/info/version", "openapi-invalid")]
    assert built.document["info"]["version"] != 2


def test_overlay_check_reports_each_action_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    action = {"target": "$.paths.*['get','post']", "description": "tag every operation", "update": {"x-tagged": True}}
    write(project / "overlays" / "boolky" / "10-tag.overlay.yaml", overlay(action))
    assert main(["overlay", "boolky", "--check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == [
        "overlays/boolky/10-tag.overlay.yaml (openapi flavour):",
        "  #0 updated 2 nodes at $.paths.*['get','post'] — tag every operation",
    ]
    assert not (project / "generated").exists()


def test_a_malformed_object_the_validator_trips_over_is_a_finding(project: Path) -> None:
    action = {"target": "$.paths['/pets/{id}'].parameters", "update": {"in": "query"}}
    write(project / "overlays" / "boolky" / "10-broken.overlay.yaml", overlay(action))
    built = build(Layout(project), "boolky")
    assert "openapi-invalid" in [f.rule for f in built.findings]
    assert not built.ok
