"""A small deterministic JSON Schema synthesiser for ``Prefer: dynamic=true``.

It produces *plausible* values from the keywords the specs use (types, enums, bounds, lengths, patterns,
formats, properties, items, ``allOf``/``oneOf``/``anyOf``, ``$ref``); the caller validates every candidate with
the compiled validator and keeps only valid ones, so the synthesiser may be approximate without the mock ever
sending an invalid body. All randomness comes from the ``random.Random`` passed in: the same seed gives the
same values.
"""

from __future__ import annotations

import random
from re import _parser as sre_parse  # the stdlib regex parser (sre_parse before 3.11)
from typing import Any

from smsspec import refs

_MAX_DEPTH = 6
_WORD = "abcdefghijklmnopqrstuvwxyz"
_FORMATS: dict[str, Any] = {
    "date": lambda r: f"20{r.randint(10, 35)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "date-time": lambda r: f"20{r.randint(10, 35)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T12:00:00Z",
    "email": lambda r: f"{_word(r, 3, 8)}@example.com",
    "uri": lambda r: f"https://example.com/{_word(r, 3, 8)}",
    "uuid": lambda r: "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
}


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(_WORD) for _ in range(rng.randint(low, max(low, high))))


class Synthesiser:
    """Values for the schemas of one document; ``$ref``s are resolved inside ``document``."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def value(self, schema: Any, rng: random.Random, depth: int = 0) -> Any:
        if schema is True or not isinstance(schema, dict):
            return None if depth > 0 else {}
        if isinstance(schema.get("$ref"), str):
            return self.value(refs.resolve(self.document, refs.split_ref(schema["$ref"])[1]), rng, depth)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return rng.choice(schema["enum"])
        if schema.get("allOf"):
            return self.value(self._merge(schema), rng, depth)
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                return self.value(rng.choice(schema[keyword]), rng, depth)
        kind = self._type(schema, rng)
        return getattr(self, "_" + kind)(schema, rng, depth)

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

    def _type(self, schema: dict[str, Any], rng: random.Random) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            choices = [t for t in declared if t != "null"] or ["null"]
            return str(rng.choice(choices))
        if isinstance(declared, str):
            return declared
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        return "array" if "items" in schema else "string"

    def _object(self, schema: dict[str, Any], rng: random.Random, depth: int) -> dict[str, Any]:
        found: dict[str, Any] = {}
        required = set(schema.get("required") or [])
        for name, sub in (schema.get("properties") or {}).items():
            if name in required or (depth < _MAX_DEPTH and rng.random() < 0.6):
                found[name] = self.value(sub, rng, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and depth < _MAX_DEPTH:
            names = schema.get("propertyNames")
            for _ in range(rng.randint(1, 2)):
                key = self.value({"type": "string", **names}, rng) if isinstance(names, dict) else rng.randint(1, 99999)
                found[str(key)] = self.value(extra, rng, depth + 1)
        return found

    def _array(self, schema: dict[str, Any], rng: random.Random, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        count = rng.randint(max(low, 1 if depth < _MAX_DEPTH else 0), max(low, min(high, low + 3)))
        return [self.value(schema.get("items", {}), rng, depth + 1) for _ in range(count)]

    def _string(self, schema: dict[str, Any], rng: random.Random, depth: int) -> str:
        if isinstance(schema.get("pattern"), str):
            return from_pattern(schema["pattern"], rng)
        maker = _FORMATS.get(str(schema.get("format")))
        if maker is not None:
            text: str = maker(rng)
            return text
        low = int(schema.get("minLength", 1))
        return _word(rng, low, min(int(schema.get("maxLength", low + 10)), low + 10))

    def _integer(self, schema: dict[str, Any], rng: random.Random, depth: int) -> int:
        low, high = self._bounds(schema, 1)
        value = rng.randint(int(low), int(high))
        step = schema.get("multipleOf")
        return value - value % int(step) if isinstance(step, int) and step > 0 else value

    def _number(self, schema: dict[str, Any], rng: random.Random, depth: int) -> float | int:
        low, high = self._bounds(schema, 0.01)
        return round(rng.uniform(low, high), 2) if rng.random() < 0.7 else self._integer(schema, rng, depth)

    @staticmethod
    def _bounds(schema: dict[str, Any], step: float) -> tuple[float, float]:
        low = schema.get("minimum", schema.get("exclusiveMinimum", -step) + step if "exclusiveMinimum" in schema else 0)
        high = schema.get("maximum", schema.get("exclusiveMaximum", 0) - step if "exclusiveMaximum" in schema else None)
        high = low + 1000 if high is None else high
        return float(low), float(max(low, high))

    def _boolean(self, schema: dict[str, Any], rng: random.Random, depth: int) -> bool:
        return rng.random() < 0.5

    def _null(self, schema: dict[str, Any], rng: random.Random, depth: int) -> None:
        return None


def from_pattern(pattern: str, rng: random.Random) -> str:
    """A string matching a (simple) regular expression: literals, classes, repeats, groups, alternations."""
    return _emit(sre_parse.parse(pattern), rng)


_CATEGORIES = {
    "CATEGORY_DIGIT": "0123456789",
    "CATEGORY_WORD": _WORD + "0123456789_",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_DIGIT": _WORD,
    "CATEGORY_NOT_SPACE": _WORD,
    "CATEGORY_NOT_WORD": " -",
}


def _emit(items: Any, rng: random.Random) -> str:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append(rng.choice(_WORD))
        elif name == "IN":
            out.append(_pick_in(arg, rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = arg
            high = low + 3 if high == sre_parse.MAXREPEAT else min(high, low + 3)
            out.extend(_emit(sub, rng) for _ in range(rng.randint(low, high)))
        elif name == "SUBPATTERN":
            out.append(_emit(arg[-1], rng))
        elif name == "BRANCH":
            out.append(_emit(rng.choice(arg[1]), rng))
        elif name == "CATEGORY":
            out.append(rng.choice(_CATEGORIES.get(str(arg), _WORD)))
    return "".join(out)


def _pick_in(members: Any, rng: random.Random) -> str:
    choices: list[str] = []
    for op, arg in members:
        name = str(op)
        if name == "LITERAL":
            choices.append(chr(arg))
        elif name == "RANGE":
            choices.extend(chr(c) for c in range(arg[0], min(arg[1], arg[0] + 60) + 1))
        elif name == "CATEGORY":
            choices.extend(_CATEGORIES.get(str(arg), _WORD))
    return rng.choice(choices) if choices else "a"
