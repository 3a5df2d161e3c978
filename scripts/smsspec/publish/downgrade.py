"""OpenAPI 3.1 → 3.0.3: the same description for tools that read only 3.0, with every loss reported.

Lossless rewrites happen silently: ``type: [X, "null"]`` → ``type: X`` + ``nullable``, ``const`` → one-value
``enum``, numeric ``exclusiveMinimum`` → ``minimum`` + ``exclusiveMinimum: true``, ``$ref`` with siblings →
``allOf: [{$ref}]`` + siblings, ``contentEncoding: base64`` → ``format: byte``. What 3.0 cannot say is kept under an
``x-oas31-<keyword>`` extension (``webhooks`` → ``x-webhooks``, as Redoc reads it) and reported as a ``Note``
with its JSON pointer in the 3.1 document, so nothing disappears without a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smsspec import refs

TARGET_VERSION = "3.0.3"
EXTENSION_PREFIX = "x-oas31-"

# The OpenAPI 3.0 Schema Object's fixed fields; anything else (but x-) is 3.1-only (JSON Schema 2020-12).
_SCHEMA_30 = """title multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern maxItems
minItems uniqueItems maxProperties minProperties required enum type allOf oneOf anyOf not items properties
additionalProperties description format default nullable discriminator readOnly writeOnly xml externalDocs example
deprecated $ref"""
SCHEMA_KEYWORDS_30 = frozenset(_SCHEMA_30.split())
# Objects whose 3.1-only fields are moved aside (Info.summary, License.identifier, Components.pathItems, …).
_FIELDS_30 = {
    "": "openapi info servers paths components security tags externalDocs",
    "/info": "title description termsOfService contact license version",
    "/info/license": "name url",
    "/components": "schemas responses parameters examples requestBodies headers securitySchemes links callbacks",
}
FIELDS_30 = {pointer: frozenset(names.split()) for pointer, names in _FIELDS_30.items()}
# Keys whose values are data (examples, defaults), never walked as OpenAPI objects.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


@dataclass(frozen=True)
class Note:
    """Something the 3.0 flavour cannot express as 3.1 does; ``pointer`` locates it in the 3.1 document."""

    pointer: str
    rule: str
    message: str


def downgrade(document: dict[str, Any]) -> tuple[dict[str, Any], list[Note]]:
    """The 3.0.3 document for a bundled 3.1 ``document`` (left untouched), and every note about what changed."""
    notes: list[Note] = []
    result = _object(document, "", notes)
    result["openapi"] = TARGET_VERSION
    result.setdefault("paths", {})
    if "webhooks" in document:
        result = {("x-webhooks" if key == "webhooks" else key): value for key, value in result.items()}
        notes.append(Note("/webhooks", "oas30-webhooks", "OpenAPI 3.0 has no webhooks; kept as x-webhooks"))
    return result, notes


def _object(node: Any, pointer: str, notes: list[Note]) -> Any:
    """Walk the OpenAPI (non-schema) part of the document, converting every schema found on the way."""
    if isinstance(node, list):
        return [_object(item, refs.join(pointer, i), notes) for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and len(node) > 1:
        dropped = ", ".join(sorted(key for key in node if key != "$ref"))
        notes.append(
            Note(pointer, "oas30-ref-siblings", f"a 3.0 Reference Object takes no siblings; dropped {dropped}")
        )
        return {"$ref": node["$ref"]}
    allowed = FIELDS_30.get(pointer)
    result: dict[str, Any] = {}
    for key, value in node.items():
        at = refs.join(pointer, key)
        if key.startswith("x-") or key in DATA_KEYS:
            result[key] = value
        elif key == "webhooks" and pointer == "":
            result[key] = _object(value, at, notes)
        elif allowed is not None and key not in allowed:
            result[EXTENSION_PREFIX + key] = value
            notes.append(Note(at, "oas30-field-moved", f"no `{key}` here in 3.0; kept as {EXTENSION_PREFIX}{key}"))
        elif key == "schema" or (pointer == "/components" and key == "schemas"):
            result[key] = _schemas(value, at, notes) if key == "schemas" else _schema(value, at, notes)
        else:
            result[key] = _object(value, at, notes)
    return result


def _schemas(named: dict[str, Any], pointer: str, notes: list[Note]) -> dict[str, Any]:
    return {name: _schema(schema, refs.join(pointer, name), notes) for name, schema in named.items()}


def _schema(schema: Any, pointer: str, notes: list[Note]) -> Any:
    if schema is True:
        return {}
    if schema is False:
        return {"not": {}}
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema and len(schema) > 1:
        rest = _schema({k: v for k, v in schema.items() if k != "$ref"}, pointer, notes)
        return {"allOf": [{"$ref": schema["$ref"]}, *rest.pop("allOf", [])], **rest}
    result: dict[str, Any] = {}
    for key, value in schema.items():
        _keyword(result, schema, key, value, refs.join(pointer, key), notes)
    if None in result.get("enum", []):
        result["nullable"] = True
    if result.get("required") == []:
        del result["required"]
    return result


def _keyword(result: dict[str, Any], schema: dict[str, Any], key: str, value: Any, at: str, notes: list[Note]) -> None:
    """Put the 3.0 form of one keyword of the 3.1 ``schema`` into ``result``."""
    if key == "type":
        _type(result, value if isinstance(value, list) else [value], at, notes)
    elif key == "const":
        result["enum"] = [value]
    elif key == "examples" and isinstance(value, list) and value:
        result["example"] = schema.get("example", value[0])
        if len(value) > 1:
            result[EXTENSION_PREFIX + key] = value
            notes.append(Note(at, "oas30-examples", f"3.0 takes one example; kept the first, all in x-oas31-{key}"))
    elif key in ("exclusiveMinimum", "exclusiveMaximum") and not isinstance(value, bool):
        result["minimum" if key == "exclusiveMinimum" else "maximum"] = value
        result[key] = True
    elif key == "contentEncoding" and value == "base64" and "format" not in schema:
        result["format"] = "byte"
    elif key == "contentMediaType" and schema.get("format") == "binary":
        pass  # `format: binary` already says "raw bytes" in 3.0, which has no place for the media type itself
    elif key == "properties" and isinstance(value, dict):
        result[key] = {name: _schema(sub, refs.join(at, name), notes) for name, sub in value.items()}
    elif key in ("anyOf", "oneOf") and isinstance(value, list) and any(map(_is_null, value)):
        result["nullable"] = True  # `oneOf: [X, {type: "null"}]` is 3.0's `nullable` beside `oneOf: [X]`
        kept = [(i, sub) for i, sub in enumerate(value) if not _is_null(sub)]
        result[key] = [_schema(sub, refs.join(at, i), notes) for i, sub in kept]
    elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
        result[key] = [*result.get(key, []), *(_schema(sub, refs.join(at, i), notes) for i, sub in enumerate(value))]
    elif key in ("items", "not", "additionalProperties") and isinstance(value, dict):
        result[key] = _schema(value, at, notes)
    elif key in SCHEMA_KEYWORDS_30 or key.startswith("x-"):
        result[key] = value
    else:
        result[EXTENSION_PREFIX + key] = value
        notes.append(Note(at, "oas30-keyword", f"JSON Schema `{key}` has no 3.0 equivalent; kept as x-oas31-{key}"))


def _is_null(schema: Any) -> bool:
    """A schema that only admits ``null`` (its description aside)."""
    return isinstance(schema, dict) and schema.get("type") == "null" and set(schema) <= {"type", "description", "title"}


def _type(result: dict[str, Any], types: list[Any], at: str, notes: list[Note]) -> None:
    concrete = [t for t in types if t != "null"]
    if len(concrete) < len(types):
        result["nullable"] = True
    if len(concrete) == 1:
        result["type"] = concrete[0]
    elif concrete:  # a union of types: each alternative as an allOf member's anyOf, beside any other allOf
        result["allOf"] = [*result.get("allOf", []), {"anyOf": [{"type": t} for t in concrete]}]
    else:
        result["enum"] = [None]
        notes.append(Note(at, "oas30-null-type", "3.0 has no null type; written as nullable with enum [null]"))
