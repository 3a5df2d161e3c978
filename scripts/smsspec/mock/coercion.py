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
_BRACKETED = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])+)")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
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

    def __call__(self, raw: list[str]) -> Any:
        """The value of a field sent as ``raw`` (one string per occurrence)."""
        if self.content_json:
            try:
                return json.loads(raw[-1])
            except ValueError:
                return raw[-1]
        if self.array and (len(raw) > 1 or not self.scalars):
            values = raw if self.explode else [p for r in raw if r for p in r.split(self.delimiter)]
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
    """``application/x-www-form-urlencoded`` and ``multipart/form-data`` fields → one JSON value.

    Keys follow PHP's ``http_build_query``, which is what the vendors parse: ``phone=a&phone=b`` or
    ``phone[]=a&phone[]=b`` or ``phone[0]=a`` are arrays, ``messages[0][phone]=…`` nests. The keys build a tree
    of raw strings first; the tree is then coerced top-down, each leaf by the schema of the property it lands
    in (fields the schema does not name by ``additionalProperties``, or left as strings).
    """

    def __init__(self, schemas: Schemas, pointer: str, encoding: dict[str, Any] | None = None) -> None:
        self.schemas = schemas
        self.pointer = pointer
        self.json_fields = {
            name for name, spec in (encoding or {}).items() if "json" in str((spec or {}).get("contentType") or "")
        }
        self._coercers: dict[str | None, Coercer] = {}

    def __call__(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        tree: dict[str, Any] = {}
        for key, value in pairs:
            path = _key_path(key)
            node = tree
            for token in path[:-1]:
                child = node.get(token)
                if not isinstance(child, dict):
                    child = node[token] = {} if child is None else {"": child}
                node = child
            last = path[-1]
            existing = node.get(last)
            if isinstance(existing, dict):
                existing.setdefault("", []).append(value)
            else:
                node.setdefault(last, []).append(value)
        return {name: self._coerce(raw, self._property(self.pointer, name), name) for name, raw in tree.items()}

    def _property(self, pointer: str | None, name: str) -> str | None:
        if pointer is None:
            return None
        return self.schemas.properties(pointer).get(name) or self.schemas.keyword(pointer, "additionalProperties")

    def _coerce(self, raw: Any, pointer: str | None, name: str | None = None) -> Any:
        if isinstance(raw, list):  # a leaf: the strings sent under one key
            if name in self.json_fields:
                return self._coercer(pointer, json_content=True)(raw)
            return self._coercer(pointer)(raw)
        indexed = all(key == "" or key.isdigit() for key in raw)
        kinds = self.schemas.types(pointer) if pointer is not None else []
        if indexed and ("array" in kinds or not kinds):
            item = self.schemas.keyword(pointer, "items") if pointer is not None else None
            found: list[Any] = []
            for key in sorted(raw, key=lambda k: (k == "", int(k) if k.isdigit() else 0)):
                value = raw[key]
                if key == "" and isinstance(value, list):
                    found.extend(self._coercer(item)([v]) for v in value)
                else:
                    found.append(self._coerce(value, item))
            return found
        return {key: self._coerce(value, self._property(pointer, key)) for key, value in raw.items()}

    def _coercer(self, pointer: str | None, json_content: bool = False) -> Coercer:
        key = f"json:{pointer}" if json_content else pointer
        found = self._coercers.get(key)
        if found is None:
            found = self._coercers[key] = Coercer(self.schemas, pointer, content_json=json_content)
        return found


def _key_path(key: str) -> list[str]:
    """``messages[0][phone]`` → [``messages``, ``0``, ``phone``]; ``phone[]`` → [``phone``, ````]."""
    matched = _BRACKETED.fullmatch(key)
    if matched is None:
        return [key]
    return [matched.group(1), *_BRACKET.findall(matched.group(2))]
