"""OpenAPI 3.1 → 3.0.3: each rewrite on a minimal document, the notes for what 3.0 cannot say, and 3.0 validity."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from smsspec.publish.downgrade import downgrade


def _doc(schema: Any, **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"S": schema, "T": {"type": "string"}}},
        **extra,
    }


def _convert(schema: Any) -> tuple[Any, list[str]]:
    result, notes = downgrade(_doc(schema))
    assert list(OpenAPIV30SpecValidator(result).iter_errors()) == []
    return result["components"]["schemas"]["S"], [f"{n.rule} {n.pointer}" for n in notes]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": ["string", "null"]}, {"nullable": True, "type": "string"}),
        ({"type": ["string", "integer"]}, {"allOf": [{"anyOf": [{"type": "string"}, {"type": "integer"}]}]}),
        ({"type": "string", "const": "a"}, {"type": "string", "enum": ["a"]}),
        ({"enum": ["a", None], "type": ["string", "null"]}, {"enum": ["a", None], "nullable": True, "type": "string"}),
        ({"type": "integer", "exclusiveMinimum": 0}, {"type": "integer", "minimum": 0, "exclusiveMinimum": True}),
        ({"type": "number", "exclusiveMaximum": 9}, {"type": "number", "maximum": 9, "exclusiveMaximum": True}),
        ({"type": "string", "examples": ["x"]}, {"type": "string", "example": "x"}),
        ({"type": "string", "contentEncoding": "base64"}, {"type": "string", "format": "byte"}),
        (
            {"type": "string", "format": "binary", "contentMediaType": "image/png"},
            {"type": "string", "format": "binary"},
        ),
        (
            {"$ref": "#/components/schemas/T", "description": "d"},
            {"allOf": [{"$ref": "#/components/schemas/T"}], "description": "d"},
        ),
        ({"oneOf": [{"type": "string"}, {"type": "null"}]}, {"nullable": True, "oneOf": [{"type": "string"}]}),
        (
            {"properties": {"a": {"type": ["integer", "null"]}}},
            {"properties": {"a": {"nullable": True, "type": "integer"}}},
        ),
        ({"items": {"const": 1}, "type": "array"}, {"items": {"enum": [1]}, "type": "array"}),
        ({"additionalProperties": {"const": 1}}, {"additionalProperties": {"enum": [1]}}),
        ({"type": "object", "required": []}, {"type": "object"}),
        (True, {}),
    ],
)
def test_lossless_rewrites_leave_no_note(schema: Any, expected: Any) -> None:
    assert _convert(schema) == (expected, [])


@pytest.mark.parametrize(
    ("schema", "kept", "note"),
    [
        ({"propertyNames": {"pattern": "^[0-9]+$"}}, {"x-oas31-propertyNames": {"pattern": "^[0-9]+$"}}, "keyword"),
        ({"dependentRequired": {"a": ["b"]}}, {"x-oas31-dependentRequired": {"a": ["b"]}}, "keyword"),
        (
            {"type": "string", "contentMediaType": "application/json"},
            {"type": "string", "x-oas31-contentMediaType": "application/json"},
            "keyword",
        ),
        (
            {"type": "string", "examples": ["a", "b"]},
            {"type": "string", "example": "a", "x-oas31-examples": ["a", "b"]},
            "examples",
        ),
        ({"type": "null"}, {"nullable": True, "enum": [None]}, "null-type"),
    ],
)
def test_what_30_cannot_say_is_kept_as_an_extension_and_noted(schema: Any, kept: Any, note: str) -> None:
    converted, notes = _convert(schema)
    assert converted == kept
    assert len(notes) == 1
    assert notes[0].startswith(f"oas30-{note} /components/schemas/S/")


def test_webhooks_become_x_webhooks_with_their_schemas_converted() -> None:
    hook = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": ["string", "null"]}}}}}}
    result, notes = downgrade(_doc({}, webhooks={"hook": hook}))
    assert "webhooks" not in result
    body = result["x-webhooks"]["hook"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"nullable": True, "type": "string"}
    assert [(n.rule, n.pointer) for n in notes] == [("oas30-webhooks", "/webhooks")]


def test_3_1_only_fields_of_info_and_reference_siblings_are_noted() -> None:
    document = _doc({})
    document["info"] |= {"summary": "s", "license": {"name": "MIT", "identifier": "MIT"}}
    document["paths"] = {
        "/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/R", "description": "d"}}}}
    }
    document["components"]["responses"] = {"R": {"description": "r"}}
    result, notes = downgrade(document)
    assert list(OpenAPIV30SpecValidator(result).iter_errors()) == []
    assert result["info"]["x-oas31-summary"] == "s"
    assert result["info"]["license"] == {"name": "MIT", "x-oas31-identifier": "MIT"}
    assert result["paths"]["/a"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/R"}
    assert sorted((n.rule, n.pointer) for n in notes) == [
        ("oas30-field-moved", "/info/license/identifier"),
        ("oas30-field-moved", "/info/summary"),
        ("oas30-ref-siblings", "/paths/~1a/get/responses/200"),
    ]


def test_example_data_is_never_rewritten_and_the_input_is_untouched() -> None:
    schema = {"type": ["object", "null"], "example": {"type": ["a", "null"], "const": 1}}
    document = _doc(schema)
    result, _ = downgrade(document)
    assert result["components"]["schemas"]["S"]["example"] == {"type": ["a", "null"], "const": 1}
    assert document == _doc(schema)
    assert result["openapi"] == "3.0.3"
