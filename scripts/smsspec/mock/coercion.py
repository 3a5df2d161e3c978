"""From wire strings to JSON values, guided by the schema the value must satisfy.

Query strings, headers, path segments and form fields are text; the spec says ``limit`` is an integer and
``flags`` an array of booleans. Each field gets a ``Coercer`` compiled at start-up from its schema. Coercion
is deliberately conservative: only text that *is* an integer becomes one (``"007"`` stays a string when the
schema also admits strings), only ``true``/``false`` become booleans, and whatever cannot be converted is
passed on unchanged so the validator names the violation instead of the mock guessing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

import jsonschema_rs

from smsspec.mock.schemas import Schemas

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_INDEXED = re.compile(r"(.+)\[([0-9]*)\]")
_FAIL = object()


def _integer(text: str, strict: bool) -> Any:
    if not _INTEGER.fullmatch(text):
        return _FAIL
    if strict and len(text.lstrip("-")) > 1 and text.lstrip("-").startswith("0"):
        return _FAIL  # "007" is more likely a string (a phone number, a code) than the integer 7
    return int(text)


def _number(text: str, strict: bool) -> Any:
    if not _NUMBER.fullmatch(text):
        return _FAIL
    value = float(text)
    return int(text) if _INTEGER.fullmatch(text) else value


def _boolean(text: str, strict: bool) -> Any:
    return {"true": True, "false": False}.get(text, _FAIL)


def _null(text: str, strict: bool) -> Any:
    return None if text == "null" else _FAIL


def _string(text: str, strict: bool) -> Any:
    return text


_CONVERTERS: dict[str, Callable[[str, bool], Any]] = {
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "null": _null,
    "string": _string,
}


class Coercer:
    """Converts every occurrence of one field (a list of strings) to the value its schema describes.

    ``explode``/``delimiter`` follow the OpenAPI parameter styles: ``form`` + explode repeats the key for each
    array item, the other styles join items with ``,`` (or ``|``/space). ``content_json`` is for parameters and
    form fields whose content is a JSON document.
    """

    def __init__(
        self,
        schemas: Schemas | None,
        pointer: str | None,
        *,
        explode: bool = True,
        delimiter: str = ",",
        content_json: bool = False,
    ) -> None:
        kinds = schemas.types(pointer) if schemas is not None and pointer is not None else []
        self.scalars = [k for k in ("integer", "number", "boolean", "null", "string") if k in kinds]
        self.array = "array" in kinds
        self.explode = explode
        self.delimiter = delimiter
        self.content_json = content_json
        self.item: Coercer | None = None
        if self.array and schemas is not None and pointer is not None:
            self.item = Coercer(schemas, schemas.keyword(pointer, "items"))
        # Only ambiguous fields ([integer, string], oneOf of several types) need a validator to choose.
        self.validator: jsonschema_rs.Validator | None = None
        if len(self.scalars) > 1 and schemas is not None and pointer is not None:
            self.validator = schemas.validator(pointer)

    def __call__(self, raw: list[str], listed: bool = False) -> Any:
        """``listed`` says the client marked the field as a list (``phone[]=``), whatever its count."""
        if self.content_json:
            try:
                return json.loads(raw[-1])
            except ValueError:
                return raw[-1]
        if self.array and (listed or len(raw) > 1 or not self.scalars):
            values = raw if self.explode or listed else [p for r in raw if r for p in r.split(self.delimiter)]
            return [self.item.scalar(v) for v in values] if self.item is not None else values
        if len(raw) > 1:
            return [self.scalar(v) for v in raw]  # a scalar sent twice: the validator will say so
        return self.scalar(raw[0])

    def scalar(self, text: str) -> Any:
        strict = "string" in self.scalars
        candidates = [v for v in (_CONVERTERS[k](text, strict) for k in self.scalars) if v is not _FAIL]
        if not candidates:
            return text
        if self.validator is not None and len(candidates) > 1:
            for candidate in candidates:
                if self.validator.is_valid(candidate):
                    return candidate
        return candidates[0]


class FormDecoder:
    """``application/x-www-form-urlencoded`` and ``multipart/form-data`` fields → one JSON object.

    Arrays arrive as repeated keys or PHP-style ``key[]=``/``key[0]=``; each field is coerced by its property
    schema, and fields the schema does not name by ``additionalProperties`` (or left as strings).
    """

    def __init__(self, schemas: Schemas, pointer: str, encoding: dict[str, Any] | None = None) -> None:
        encoding = encoding or {}
        self.fields: dict[str, Coercer] = {}
        for name, at in schemas.properties(pointer).items():
            content_type = str((encoding.get(name) or {}).get("contentType") or "")
            self.fields[name] = Coercer(schemas, at, content_json="json" in content_type)
        extra = schemas.keyword(pointer, "additionalProperties")
        self.extra = Coercer(schemas, extra) if extra is not None else Coercer(None, None)

    def __call__(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        grouped: dict[str, list[str]] = {}
        listed: set[str] = set()
        for key, value in pairs:
            indexed = _INDEXED.fullmatch(key) if key not in self.fields else None
            if indexed is not None:
                key = indexed.group(1)
                listed.add(key)
            grouped.setdefault(key, []).append(value)
        return {key: self.fields.get(key, self.extra)(raw, key in listed) for key, raw in grouped.items()}
