"""The pydantic models: every named example of the spec (bodies, responses, webhooks) parses and round-trips."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import jsonschema
import pydantic
import pytest

from smsspec import refs
from smsspec.generate import naming
from smsspec.layout import PROVIDERS
from smsspec.operations import deref, media_examples, operations

from .conftest import model_module, sdk_document


def _examples(provider: str) -> list[tuple[str, str, Any]]:
    """(where, component, value) for every named example whose schema is a component or a union of them (inline
    schemas have no model of their own)."""
    document = sdk_document(provider)
    found = []
    for op in operations(document):
        for media in media_examples(document, op):
            if media.kind == "parameter" or media.schema_pointer is None:
                continue
            raw = refs.resolve(document, media.schema_pointer)
            schema = deref(document, raw)
            names = [naming.component_ref(b) for b in schema.get("oneOf") or schema.get("anyOf") or [raw]]
            for name, value in media.examples.items():
                matching = [c for c in names if c is not None and _valid(document, c, value)]
                found += [(f"{op.operation_id} {media.kind} {name}", c, value) for c in matching[:1]]
    return found


def _valid(document: dict[str, Any], component: str, value: Any) -> bool:
    schema = {"$ref": f"#/components/schemas/{component}", "components": document["components"]}
    return jsonschema.Draft202012Validator(schema).is_valid(value)


def _round_trips(provider: str) -> list[tuple[str, bytes, bytes | None]]:
    """(where, the example as JSON, what its model dumps after parsing it or None when it does not parse)."""
    models = model_module(provider)
    found: list[tuple[str, bytes, bytes | None]] = []
    for where, component, value in _examples(provider):
        adapter = pydantic.TypeAdapter(getattr(models, component))
        sent = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            parsed = adapter.validate_json(sent)
        except pydantic.ValidationError as exc:
            found.append((f"{where}: {exc.errors()[0]}", sent, None))
            continue
        found.append((where, sent, adapter.dump_json(parsed, by_alias=True, exclude_unset=True)))
    assert found
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_example_parses_and_round_trips_to_the_same_json_value(provider: str) -> None:
    """The same JSON value: ``"0"`` stays a string, ``+00:00`` is not rewritten as ``Z``, nothing is lost or added.
    Key order and ``0`` vs ``0.0`` are not compared: JSON gives them no meaning."""
    failures = [
        f"{where}: round trip gives {again!r}"
        for where, sent, again in _round_trips(provider)
        if again is None or json.loads(again) != json.loads(sent)
    ]
    assert failures == []


def test_an_integer_field_refuses_a_boolean() -> None:
    models = model_module("smsgateway24")
    with pytest.raises(pydantic.ValidationError):
        models.SmsSavedResult.model_validate_json(b'{"error": 0, "sms_id": true}')


def _integer_choices(node: Any, pointer: str = "") -> Iterator[tuple[str, list[int]]]:
    """(pointer, values) for every ``enum``/``const`` of integers in ``node``, a schema."""
    if isinstance(node, dict):
        values = node["enum"] if "enum" in node else [node["const"]] if "const" in node else []
        integers = [v for v in values if type(v) is int]
        if integers:
            yield pointer, integers
        for key, child in node.items():
            yield from _integer_choices(child, f"{pointer}/{refs.escape(str(key))}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _integer_choices(child, f"{pointer}/{index}")


def _integer_fields(provider: str) -> list[tuple[str, str | None, list[int]]]:
    """(component, property or None for the component's own value, values) of every integer enum/const of the
    provider's component schemas, read from the spec."""
    found: list[tuple[str, str | None, list[int]]] = []
    for component, schema in sdk_document(provider)["components"]["schemas"].items():
        for pointer, values in _integer_choices(schema):
            steps = pointer.split("/")[1:]
            if steps[:1] == ["properties"] and len(steps) == 2:
                found.append((component, refs.unescape(steps[1]), values))
            elif not steps or (steps[0] in ("oneOf", "anyOf") and len(steps) == 2):
                found.append((component, None, values))
            else:
                raise AssertionError(f"{component}{pointer}: teach this test to reach a value at this depth")
    return found


def _accepts(models: ModuleType, component: str, prop: str | None, value: Any) -> bool:
    """Whether the model of ``component`` takes ``value`` as JSON (as its own value, or as its property ``prop``:
    errors of other, missing properties do not count)."""
    model = getattr(models, component)
    text = json.dumps(value if prop is None else {prop: value}).encode()
    try:
        pydantic.TypeAdapter(model).validate_json(text)
    except pydantic.ValidationError as exc:
        return prop is not None and all(error["loc"][:1] != (prop,) for error in exc.errors())
    return True


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if _integer_fields(p)])
def test_integer_enums_and_consts_take_exactly_the_json_the_spec_allows(provider: str) -> None:
    """Booleans (``true == 1`` in Python) and numeric strings are refused unless the schema allows them too (a
    ``oneOf`` with a boolean or string branch); every listed integer is taken."""
    document, models = sdk_document(provider), model_module(provider)
    wrong = []
    for component, prop, values in _integer_fields(provider):
        schema = document["components"]["schemas"][component]
        if prop is not None:
            schema = schema["properties"][prop]
        check = jsonschema.Draft202012Validator({**schema, "components": document["components"]})
        for value in [*values, True, False, *(str(v) for v in values)]:
            if _accepts(models, component, prop, value) != check.is_valid(value):
                wrong.append(f"{component}.{prop or '<value>'} = {value!r}: spec says valid={check.is_valid(value)}")
    assert wrong == []
