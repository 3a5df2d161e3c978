"""The Overlay 1.0.0 applier: the specification's own examples, then strictness, merge rules and bad overlays."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from smsspec import yamlio
from smsspec.findings import Finding, SmsspecError
from smsspec.overlay import (
    ActionReport,
    apply_overlay,
    check_overlay,
    load_overlay,
    overlay_paths,
)

from .conftest import FIXTURES

HERE = FIXTURES / "overlay"
SPEC = HERE / "spec"


def petstore() -> dict[str, Any]:
    document: dict[str, Any] = yamlio.load(HERE / "petstore.openapi.yaml")
    return document


def spec_example(name: str) -> dict[str, Any]:
    return load_overlay(SPEC / f"{name}.overlay.yaml", f"{name}.overlay.yaml")


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "Test", "version": "1"}, "actions": list(actions)}


def failures(document: dict[str, Any], doc: dict[str, Any]) -> list[Finding]:
    with pytest.raises(SmsspecError) as caught:
        apply_overlay(document, doc, "o.overlay.yaml")
    return caught.value.findings


def where(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.location, f.rule) for f in findings]


# --- the examples of the Overlay 1.0.0 specification ---------------------------------------------------------------


def test_structured_example_merges_a_mirror_of_the_document_recursively() -> None:
    result, reports = apply_overlay(petstore(), spec_example("structured"), "structured.overlay.yaml")
    assert result["info"] == {"title": "Pets", "version": "1.0.0", "x-overlay-applied": "structured-overlay"}
    root = result["paths"]["/"]
    assert root["summary"] == "The root resource"
    assert root["get"] == {
        "summary": "Retrieve the root resource",
        "responses": {"200": {"description": "OK"}},
        "x-rate-limit": 100,
    }
    pets = result["paths"]["/pets"]["get"]
    assert pets["summary"] == "Retrieve a list of pets"
    assert pets["x-rate-limit"] == 100
    assert [p["name"] for p in pets["parameters"]] == ["filter", "dummy", "filter", "dummy"]
    assert list(result["paths"]) == ["/", "/pets", "/foo", "/bar"]
    # the example's empty `components:` and `tags:` are YAML nulls: new properties, so they are added as such
    assert result["components"] is None
    assert result["tags"] is None
    assert reports == [ActionReport(0, "$", None, 1, "updated")]


def test_structured_example_placeholders_cannot_replace_existing_sections() -> None:
    document = {**petstore(), "components": {"schemas": {}}, "tags": [{"name": "pets"}]}
    found = failures(document, spec_example("structured"))
    assert where(found) == [
        ("#/actions/0/update/components", "overlay-update-type"),
        ("#/actions/0/update/tags", "overlay-update-type"),
    ]
    assert "cannot merge a null into the object at #/components" in found[0].message
    assert "cannot merge a null into the array at #/tags" in found[1].message


def test_targeted_example_updates_operations_and_adds_one() -> None:
    result, reports = apply_overlay(petstore(), spec_example("targeted"), "targeted.overlay.yaml")
    assert result["paths"]["/foo"]["get"]["description"] == "This is the new description"
    bar = result["paths"]["/bar"]
    assert bar["get"]["description"] == "This is the updated description"
    assert bar["get"]["responses"] == {"200": {"description": "OK"}}
    assert bar["post"] == {"description": "This is an updated description of a child object", "x-safe": False}
    assert [(r.matched, r.outcome) for r in reports] == [(1, "updated")] * 3


def test_wildcard_example_updates_every_selected_node() -> None:
    result, reports = apply_overlay(petstore(), spec_example("wildcard"), "wildcard.overlay.yaml")
    assert all(item["get"]["x-safe"] is True for item in result["paths"].values())
    parameters = result["paths"]["/pets"]["get"]["parameters"]
    assert parameters[0] == {
        "name": "filter",
        "in": "query",
        "schema": {"type": "string", "$ref": "/components/schemas/filterSchema"},
    }
    assert parameters[2] == {"name": "filter", "in": "header"}
    assert [r.matched for r in reports] == [4, 1]


def test_array_example_update_appends_an_element() -> None:
    result, reports = apply_overlay(petstore(), spec_example("array-add"), "array-add.overlay.yaml")
    parameters = result["paths"]["/pets"]["get"]["parameters"]
    assert len(parameters) == 5
    assert parameters[-1] == {"name": "newParam", "in": "query"}
    assert reports[0].matched == 1


def test_array_example_remove_deletes_every_matching_element() -> None:
    result, reports = apply_overlay(petstore(), spec_example("array-remove"), "array-remove.overlay.yaml")
    assert result["paths"]["/pets"]["get"]["parameters"] == [
        {"name": "filter", "in": "query", "schema": {"type": "string"}},
        {"name": "filter", "in": "header"},
    ]
    assert reports == [ActionReport(0, "$.paths.*.get.parameters[?@.name == 'dummy']", None, 2, "removed")]


def test_traits_example_target_as_written_in_1_0_0_matches_nothing_under_rfc_9535() -> None:
    document: dict[str, Any] = yamlio.load(SPEC / "traits.openapi.yaml")
    found = failures(document, spec_example("traits"))
    assert where(found) == [("#/actions/0", "overlay-target-unmatched")]
    assert found[0].file == "o.overlay.yaml"
    assert "'$.paths.*.get[?@.x-oai-traits.paged]' matches nothing" in found[0].message


def test_traits_example_with_the_target_overlay_1_1_0_corrected() -> None:
    document: dict[str, Any] = yamlio.load(SPEC / "traits.openapi.yaml")
    traits = spec_example("traits")
    traits["actions"][0]["target"] = "$.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get"
    result, reports = apply_overlay(document, traits, "traits.overlay.yaml")
    top, skip = {"name": "top", "in": "query"}, {"name": "skip", "in": "query"}
    assert result["paths"]["/items"]["get"]["parameters"] == [top, skip]
    subitems = result["paths"]["/items/{id}/subitems"]["get"]
    assert subitems["parameters"] == [{"name": "id", "in": "path", "required": True}, top, skip]
    assert result["paths"]["/other"] == document["paths"]["/other"]
    assert reports[0].matched == 2


# --- strictness and the action semantics ----------------------------------------------------------------------------


def test_every_unmatched_target_is_reported_with_file_index_and_target() -> None:
    doc = overlay(
        {"target": "$.paths['/nope']", "update": {"x-a": 1}},
        {"target": "$.info", "update": {"x-b": 2}},
        {"target": "$.paths.*.post", "remove": True},
    )
    found = failures(petstore(), doc)
    assert [(f.file, f.location, f.rule) for f in found] == [
        ("o.overlay.yaml", "#/actions/0", "overlay-target-unmatched"),
        ("o.overlay.yaml", "#/actions/2", "overlay-target-unmatched"),
    ]
    assert "$.paths['/nope']" in found[0].message
    assert "$.paths.*.post" in found[1].message


def test_remove_false_is_a_no_op() -> None:
    document = petstore()
    doc = overlay({"target": "$.paths['/foo']", "remove": False}, {"target": "$.paths.*.get.parameters[0]"})
    result, reports = apply_overlay(document, doc, "o.overlay.yaml")
    assert result == document
    assert [(r.matched, r.outcome) for r in reports] == [(1, "no-op"), (1, "no-op")]


def test_remove_false_with_update_updates() -> None:
    doc = overlay({"target": "$.paths['/foo']", "remove": False, "update": {"x-kept": True}})
    result, _ = apply_overlay(petstore(), doc, "o.overlay.yaml")
    assert result["paths"]["/foo"]["x-kept"] is True


def test_remove_true_deletes_an_object_key() -> None:
    result, reports = apply_overlay(petstore(), overlay({"target": "$.paths['/foo']", "remove": True}), "o")
    assert list(result["paths"]) == ["/", "/pets", "/bar"]
    assert reports[0].outcome == "removed"


def test_remove_wins_over_update_in_one_action() -> None:
    doc = overlay({"target": "$.paths['/foo'].get", "remove": True, "update": {"x-ignored": 1}})
    result, reports = apply_overlay(petstore(), doc, "o")
    assert result["paths"]["/foo"] == {}
    assert reports[0].outcome == "removed"


def test_remove_several_elements_of_one_array_from_the_highest_index_down() -> None:
    document = {"items": [{"n": 0, "drop": True}, {"n": 1, "drop": True}, {"n": 2}, {"n": 3, "drop": True}, {"n": 4}]}
    result, reports = apply_overlay(document, overlay({"target": "$.items[?@.drop]", "remove": True}), "o")
    assert result == {"items": [{"n": 2}, {"n": 4}]}
    assert reports[0].matched == 3


def test_remove_elements_of_nested_arrays_and_their_containers_in_one_action() -> None:
    document = {"a": [{"drop": True, "b": [{"drop": True}, {"keep": 1}]}, {"b": [{"drop": True}, {"keep": 2}]}]}
    result, _ = apply_overlay(document, overlay({"target": "$..[?@.drop]", "remove": True}), "o")
    assert result == {"a": [{"b": [{"keep": 2}]}]}


def test_a_node_selected_twice_is_changed_once() -> None:
    doc = overlay({"target": "$.paths['/pets','/pets'].get.parameters", "update": {"name": "once"}})
    result, reports = apply_overlay(petstore(), doc, "o")
    assert [p["name"] for p in result["paths"]["/pets"]["get"]["parameters"]][-2:] == ["dummy", "once"]
    assert reports[0].matched == 1
    doc = overlay({"target": "$.items[1,1,0]", "remove": True})
    assert apply_overlay({"items": [[0], [1], [2]]}, doc, "o")[0] == {"items": [[2]]}


def test_actions_apply_in_order_to_the_previous_result() -> None:
    doc = overlay(
        {"target": "$.paths['/foo']", "remove": True},
        {"target": "$.paths", "update": {"/foo": {"get": {"description": "re-created"}}}},
        {"target": "$.paths['/foo'].get", "update": {"x-then": "updated"}},
    )
    result, _ = apply_overlay(petstore(), doc, "o")
    assert result["paths"]["/foo"] == {"get": {"description": "re-created", "x-then": "updated"}}


def test_update_merges_recursively_replacing_primitives_and_concatenating_arrays() -> None:
    document = {"a": {"b": {"c": {"keep": 1, "set": "old", "list": [1, 2]}, "sibling": True}, "n": None}}
    update = {"b": {"c": {"set": 5, "new": {"deep": [0]}, "list": [3]}}, "n": "now set"}
    result, _ = apply_overlay(document, overlay({"target": "$.a", "update": update}), "o")
    assert result == {
        "a": {
            "b": {"c": {"keep": 1, "set": 5, "list": [1, 2, 3], "new": {"deep": [0]}}, "sibling": True},
            "n": "now set",
        }
    }


def test_update_on_an_array_appends_the_value_as_one_element() -> None:
    document: dict[str, Any] = {"tags": ["a"], "objects": [{"x": 1}]}
    doc = overlay({"target": "$.tags", "update": ["b", "c"]}, {"target": "$.objects", "update": {"x": 2}})
    result, _ = apply_overlay(document, doc, "o")
    assert result == {"tags": ["a", ["b", "c"]], "objects": [{"x": 1}, {"x": 2}]}


def test_update_type_problems_are_located_in_the_update() -> None:
    doc = overlay(
        {"target": "$.paths['/pets'].get", "update": "a string"},
        {"target": "$.paths['/pets'].get.summary", "update": {"x": 1}},
        {"target": "$.paths['/pets']", "update": {"get": {"parameters": {"name": "x"}, "summary": ["no"]}}},
    )
    found = failures(petstore(), doc)
    assert where(found) == [
        ("#/actions/0/update", "overlay-update-type"),
        ("#/actions/1", "overlay-update-type"),
        ("#/actions/2/update/get/parameters", "overlay-update-type"),
        ("#/actions/2/update/get/summary", "overlay-update-type"),
    ]
    assert "not a string" in found[0].message
    assert "#/paths/~1pets/get/summary, a string" in found[1].message
    assert "an object into the array at #/paths/~1pets/get/parameters" in found[2].message


def test_remove_refuses_primitives_and_the_root() -> None:
    doc = overlay({"target": "$.info.title", "remove": True}, {"target": "$", "remove": True})
    found = failures(petstore(), doc)
    assert where(found) == [("#/actions/0", "overlay-remove-type"), ("#/actions/1", "overlay-remove-type")]
    assert "#/info/title, a string" in found[0].message


def test_input_document_and_overlay_are_not_mutated() -> None:
    document, doc = petstore(), spec_example("wildcard")
    before, overlay_before = copy.deepcopy(document), copy.deepcopy(doc)
    result, _ = apply_overlay(document, doc, "o")
    assert document == before
    assert doc == overlay_before
    assert result["paths"]["/"]["get"]["x-safe"] is True
    assert "x-safe" not in document["paths"]["/"]["get"]


def test_result_shares_no_node_with_the_input_or_the_overlay() -> None:
    document = petstore()
    doc = overlay({"target": "$.paths.*.get", "update": {"x-meta": {"tags": ["a"]}}})
    result, _ = apply_overlay(document, doc, "o")
    result["paths"]["/"]["get"]["x-meta"]["tags"].append("changed")
    result["paths"]["/foo"]["get"]["responses"]["200"]["description"] = "changed"
    assert result["paths"]["/pets"]["get"]["x-meta"] == {"tags": ["a"]}
    assert doc["actions"][0]["update"] == {"x-meta": {"tags": ["a"]}}
    assert document["paths"]["/foo"]["get"]["responses"]["200"]["description"] == "OK"


def test_yaml_aliases_in_the_document_do_not_apply_an_update_twice() -> None:
    document = yamlio.loads("shared: &s {list: [1]}\na: *s\nb: *s\n", "doc.yaml")
    result, _ = apply_overlay(document, overlay({"target": "$.*.list", "update": 2}), "o")
    assert result == {"shared": {"list": [1, 2]}, "a": {"list": [1, 2]}, "b": {"list": [1, 2]}}


def test_jsonpath_is_rfc_9535_strict() -> None:
    doc = overlay({"target": "$.paths | $.info", "update": {}}, {"target": " $.info", "update": {}})
    found = check_overlay(doc, "o.overlay.yaml")
    assert where(found) == [
        ("#/actions/0/target", "overlay-jsonpath-invalid"),
        ("#/actions/1/target", "overlay-jsonpath-invalid"),
    ]
    assert "unexpected token '|' at character 9" in found[0].message
    assert "unexpected leading whitespace" in found[1].message


# --- invalid overlays -----------------------------------------------------------------------------------------------


INVALID = "overlay-invalid"


@pytest.mark.parametrize(
    ("change", "location", "rule", "message"),
    [
        (lambda o: o.pop("overlay"), "#", INVALID, "missing required field 'overlay' in the overlay object"),
        (lambda o: o.update(overlay="1.1.0"), "#/overlay", INVALID, "'1.1.0' is not supported"),
        (lambda o: o.update(overlay=1.0), "#/overlay", INVALID, "'overlay' must be a string, not a number; quote it"),
        (lambda o: o.update(actions=[]), "#/actions", INVALID, "must list at least one action"),
        (lambda o: o.pop("actions"), "#", INVALID, "missing required field 'actions'"),
        (lambda o: o["info"].pop("title"), "#/info", INVALID, "missing required field 'title' in the info object"),
        (lambda o: o.update(info="x"), "#/info", INVALID, "'info' must be an object, not a string"),
        (lambda o: o.update(action=[]), "#/action", INVALID, "unknown field 'action'"),
        (lambda o: o["actions"].append("x"), "#/actions/1", INVALID, "the action object must be a mapping"),
        (lambda o: o["actions"][0].pop("target"), "#/actions/0", INVALID, "missing required field 'target'"),
        (lambda o: o["actions"][0].update(remove="yes"), "#/actions/0/remove", INVALID, "must be a boolean"),
        (lambda o: o["actions"][0].update(copy="$.x"), "#/actions/0/copy", INVALID, "'copy' is Overlay 1.1"),
        (
            lambda o: o["actions"][0].update(target="$.paths["),
            "#/actions/0/target",
            "overlay-jsonpath-invalid",
            "'$.paths[' is not an RFC 9535 JSONPath: unexpected end of query at character 9",
        ),
    ],
)
def test_invalid_overlays_are_located(change: Any, location: str, rule: str, message: str) -> None:
    doc = overlay({"target": "$.info", "update": {"x-a": 1}})
    change(doc)
    [found] = failures(petstore(), doc)
    assert (found.file, found.location, found.rule) == ("o.overlay.yaml", location, rule)
    assert message in found.message


def test_valid_variants_pass_the_structure_check() -> None:
    doc = overlay({"target": "$.info", "description": "why", "x-note": 1})
    doc.update({"overlay": "1.0.7", "extends": "../specs/boolky/openapi.yaml", "x-owner": "me"})
    doc["info"]["x-id"] = 3
    assert check_overlay(doc, "o") == []


def test_all_structure_problems_are_reported_together() -> None:
    found = check_overlay({"overlay": "2.0.0", "info": {}, "actions": [{"target": 5}]}, "o")
    assert sorted(f.location for f in found) == ["#/actions/0/target", "#/info", "#/info", "#/overlay"]
    assert check_overlay(["not", "a", "mapping"], "o")[0].rule == "overlay-invalid"


# --- files ----------------------------------------------------------------------------------------------------------


def test_load_overlay_reports_yaml_and_structure_problems(tmp_path: Path) -> None:
    broken = tmp_path / "01-x.overlay.yaml"
    broken.write_text("overlay: 1.0.0\ninfo: [\n")
    with pytest.raises(SmsspecError) as caught:
        load_overlay(broken, "overlays/boolky/01-x.overlay.yaml")
    assert [(f.file, f.rule) for f in caught.value.findings] == [("overlays/boolky/01-x.overlay.yaml", "yaml-syntax")]
    broken.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n")
    with pytest.raises(SmsspecError) as caught:
        load_overlay(broken, "x")
    assert where(caught.value.findings) == [("#/actions", "overlay-invalid")]


def test_overlay_paths_lists_numbered_overlays_in_name_order(tmp_path: Path) -> None:
    for name in ("10-late.overlay.yaml", "02-mid-step.overlay.yaml", "01-first.overlay.yaml", "README.md"):
        (tmp_path / name).write_text("")
    assert [p.name for p in overlay_paths(tmp_path)] == [
        "01-first.overlay.yaml",
        "02-mid-step.overlay.yaml",
        "10-late.overlay.yaml",
    ]
    assert overlay_paths(tmp_path / "missing") == []
    (tmp_path / "fix_Things.overlay.yaml").write_text("")
    (tmp_path / "3-x.overlay.yml").write_text("")
    with pytest.raises(SmsspecError) as caught:
        overlay_paths(tmp_path, display=lambda p: p.name)
    assert [(f.file, f.rule) for f in caught.value.findings] == [
        ("3-x.overlay.yml", "overlay-file-name"),
        ("fix_Things.overlay.yaml", "overlay-file-name"),
    ]
