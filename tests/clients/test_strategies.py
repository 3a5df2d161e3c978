"""The schema strategies: every keyword the specs use yields valid values, with real variety, reproducibly."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from smsspec.mock.schemas import Schemas

from .strategies import HEADER_ALPHABET, SchemaStrategies, jsonable

SCHEMAS: dict[str, Any] = {
    "Phone": {"type": "string", "pattern": "^\\+[1-9][0-9]{6,14}$"},
    "Kind": {"enum": ["sms", "viber"]},
    "Message": {
        "type": "object",
        "required": ["to", "kind"],
        "properties": {
            "to": {"type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": True, "items": {"$ref": "#/S/Phone"}},
            "kind": {"$ref": "#/S/Kind"},
            "text": {"type": "string", "minLength": 2, "maxLength": 5},
            "count": {"type": "integer", "exclusiveMinimum": 0, "maximum": 9, "multipleOf": 3},
            "price": {"type": ["number", "null"], "minimum": 0.5, "maximum": 2},
            "at": {"type": "string", "format": "date-time"},
            "file": {"type": "string", "format": "binary"},
        },
    },
    "ByCountry": {
        "type": "object",
        "propertyNames": {"pattern": "^[A-Z]{2}$"},
        "additionalProperties": {"type": "integer", "minimum": 0},
    },
    "Either": {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
        "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
    },
    "Exclusive": {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "integer", "maximum": 10}]},
    "Merged": {"allOf": [{"$ref": "#/S/Either"}, {"required": ["c"], "properties": {"c": {"const": 1}}}]},
}
DOCUMENT: dict[str, Any] = {"S": SCHEMAS}
STRATEGIES = SchemaStrategies(DOCUMENT)
VALIDATORS = Schemas(DOCUMENT)
QUICK = settings(max_examples=40, database=None, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_drawn_value_is_valid(name: str) -> None:
    validator = VALIDATORS.validator(f"/S/{name}")

    @QUICK
    @given(STRATEGIES.valid(f"/S/{name}"))
    def check(value: Any) -> None:
        assert validator.is_valid(jsonable(value)), value

    check()


def test_values_vary_and_use_the_optional_keywords() -> None:
    seen: list[dict[str, Any]] = []

    @QUICK
    @given(STRATEGIES.valid("/S/Message"))
    def collect(value: dict[str, Any]) -> None:
        seen.append(value)

    collect()
    assert len({repr(v) for v in seen}) > 20
    optional = {"text", "count", "price", "at", "file"}
    assert optional <= {key for value in seen for key in value}
    assert any(isinstance(v.get("file"), bytes) for v in seen)
    assert any(v.get("price") is None and "price" in v for v in seen)


def test_map_keys_follow_property_names_and_header_values_the_alphabet() -> None:
    @QUICK
    @given(STRATEGIES.valid("/S/ByCountry"), STRATEGIES.valid("/S/Phone", alphabet=HEADER_ALPHABET))
    def check(by_country: dict[str, int], phone: str) -> None:
        assert all(len(key) == 2 and key.isupper() for key in by_country)
        assert phone.startswith("+")

    check()


def test_an_extra_validator_narrows_the_values() -> None:
    only_a = VALIDATORS.compile({"required": ["a"], "properties": {"a": {"minimum": 5}}})

    @QUICK
    @given(STRATEGIES.valid("/S/Either", also=only_a))
    def check(value: dict[str, int]) -> None:
        assert value["a"] >= 5

    check()


def test_jsonable_turns_bytes_into_text_at_any_depth() -> None:
    assert jsonable({"a": [b"\x80x"], "b": 1}) == {"a": ["\x80x"], "b": 1}


def test_the_same_seed_draws_the_same_values() -> None:
    def draw() -> list[Any]:
        drawn: list[Any] = []

        @seed(7)
        @QUICK
        @given(st.data())
        def collect(data: st.DataObject) -> None:
            drawn.append(jsonable(data.draw(STRATEGIES.valid("/S/Message"))))

        collect()
        return drawn

    assert draw() == draw()
