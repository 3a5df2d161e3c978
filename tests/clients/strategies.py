"""Hypothesis strategies for the JSON Schemas of a bundled OpenAPI 3.1 document.

Values are built from the keywords the specs use — ``$ref``, ``const``, ``enum``, ``allOf`` (merged),
``oneOf``/``anyOf``, ``type`` (also lists), ``properties``/``required``/``additionalProperties``/``propertyNames``,
``items``/``minItems``/``maxItems``/``uniqueItems``, numeric bounds and ``multipleOf``, string lengths, ``pattern``
and ``format`` — and then filtered through the same compiled validator the mock uses (jsonschema-rs, formats
checked), so a keyword approximated here (``oneOf`` exclusivity, ``dependentRequired``, a pattern with a length)
never lets an invalid value through. ``format: binary`` gives ``bytes`` (a file part), checked as a string.
"""

from __future__ import annotations

import datetime
import string
from typing import Any

import jsonschema_rs
from hypothesis import strategies as st

from smsspec import refs
from smsspec.mock.schemas import Schemas

_MAX_DEPTH = 5
_EXTRA_ITEMS = 3
# Header values travel as visible ASCII (RFC 9110); everything else gets any Unicode a JSON string can hold.
HEADER_ALPHABET = string.ascii_letters + string.digits + "-_.~"
TEXT: st.SearchStrategy[str] = st.characters(codec="utf-8", exclude_categories=["Cs"])


def jsonable(value: Any) -> Any:
    """``value`` with bytes as strings, so that it can be validated like the JSON it stands for."""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


class SchemaStrategies:
    """Strategies for the schemas of one document, addressed by JSON pointer."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas = Schemas(document)

    def valid(
        self, pointer: str, alphabet: str | None = None, also: jsonschema_rs.Validator | None = None
    ) -> st.SearchStrategy[Any]:
        """Values valid against the schema at ``pointer`` (and ``also``); strings drawn from ``alphabet``."""
        checks = [self.schemas.validator(pointer), *([also] if also is not None else [])]
        chars = st.sampled_from(alphabet) if alphabet else TEXT
        built = self._build(self.schemas.node(pointer), chars, 0)
        return built.filter(lambda value: all(check.is_valid(jsonable(value)) for check in checks))

    def _build(self, schema: Any, chars: st.SearchStrategy[str], depth: int) -> st.SearchStrategy[Any]:
        if schema is True or not isinstance(schema, dict):
            return st.none() | st.booleans() | st.integers() | st.text(chars, max_size=5)
        if isinstance(schema.get("$ref"), str):
            target = refs.resolve(self.document, refs.split_ref(schema["$ref"])[1])
            return st.deferred(lambda: self._build(target, chars, depth + 1))
        if "const" in schema:
            return st.just(schema["const"])
        if schema.get("enum"):
            return st.sampled_from(schema["enum"])
        if schema.get("allOf"):
            return self._build(self._merge(schema), chars, depth)
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                rest = {k: v for k, v in schema.items() if k != keyword}
                return st.one_of(
                    [self._build(self._merge({"allOf": [rest, b]}), chars, depth) for b in schema[keyword]]
                )
        return st.one_of([self._typed(kind, schema, chars, depth) for kind in _types(schema)])

    def _merge(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``allOf`` folded into one schema: properties and required united, other keywords first wins."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for branch in schema["allOf"]:
            while isinstance(branch, dict) and isinstance(branch.get("$ref"), str):
                branch = refs.resolve(self.document, refs.split_ref(branch["$ref"])[1])
            if not isinstance(branch, dict):
                continue
            branch = self._merge(branch) if branch.get("allOf") else branch
            for key, value in branch.items():
                if key == "properties":
                    merged["properties"] = {**value, **merged.get("properties", {})}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def _typed(self, kind: str, schema: dict[str, Any], chars: st.SearchStrategy[str], depth: int) -> Any:
        if kind == "object":
            return self._object(schema, chars, depth)
        if kind == "array":
            low = int(schema.get("minItems", 0))
            high = min(int(schema.get("maxItems", low + _EXTRA_ITEMS)), low + _EXTRA_ITEMS)
            items = self._build(schema.get("items", {}), chars, depth + 1)
            return st.lists(items, min_size=low, max_size=low if depth >= _MAX_DEPTH else high,
                            unique_by=_key if schema.get("uniqueItems") else None)  # fmt: skip
        if kind == "string":
            return _string(schema, chars)
        if kind in ("integer", "number"):
            return _number(schema, integral=kind == "integer")
        return st.booleans() if kind == "boolean" else st.none()

    def _object(self, schema: dict[str, Any], chars: st.SearchStrategy[str], depth: int) -> Any:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        build = {name: self._build(sub, chars, depth + 1) for name, sub in properties.items()}
        optional = {} if depth >= _MAX_DEPTH else {k: v for k, v in build.items() if k not in required}
        fixed = st.fixed_dictionaries({k: v for k, v in build.items() if k in required}, optional=optional)
        extra = schema.get("additionalProperties")
        if not isinstance(extra, dict) or depth >= _MAX_DEPTH:
            return fixed
        names = self._build({"type": "string", **(schema.get("propertyNames") or {})}, chars, depth + 1)
        more = st.dictionaries(names, self._build(extra, chars, depth + 1), max_size=_EXTRA_ITEMS)
        return st.tuples(fixed, more).map(lambda pair: {**pair[1], **pair[0]})


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return [str(t) for t in declared]
    if isinstance(declared, str):
        return [declared]
    if "properties" in schema or "additionalProperties" in schema:
        return ["object"]
    return ["array"] if "items" in schema else ["string"]


def _key(value: Any) -> str:
    return repr(jsonable(value))


_FORMATS: dict[str, st.SearchStrategy[Any]] = {
    "date": st.dates().map(datetime.date.isoformat),
    "date-time": st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat()),
    "email": st.emails(),
    "uri": st.text(string.ascii_lowercase + string.digits + "-._~/", max_size=20).map("https://example.com/".__add__),
    "uuid": st.uuids().map(str),
    "binary": st.binary(max_size=64),
}


def _string(schema: dict[str, Any], chars: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        anchored = pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")
        made = st.from_regex(pattern[1:-1] if anchored else pattern, fullmatch=anchored)
    elif schema.get("format") in _FORMATS:
        return _FORMATS[str(schema["format"])]
    else:
        made = st.text(chars, min_size=low, max_size=high if high is not None else low + 20)
    return made.filter(lambda s: low <= len(s) <= (high if high is not None else len(s)))


def _number(schema: dict[str, Any], integral: bool) -> st.SearchStrategy[Any]:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + (1 if integral else 0)
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - (1 if integral else 0)
    step = schema.get("multipleOf")
    if integral or isinstance(step, int):
        whole = st.integers(min_value=_int(low, up=True), max_value=_int(high, up=False))
        if isinstance(step, int) and step > 0:
            whole = whole.map(lambda n: n - n % step).filter(lambda n: low is None or n >= low)
        return whole
    floats = st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False, allow_subnormal=False,
                       exclude_min="exclusiveMinimum" in schema, exclude_max="exclusiveMaximum" in schema)  # fmt: skip
    return floats | st.integers(min_value=_int(low, up=True), max_value=_int(high, up=False))


def _int(bound: Any, up: bool) -> int | None:
    if bound is None:
        return None
    whole = int(bound)
    return whole + 1 if up and whole < bound else whole - 1 if not up and whole > bound else whole
