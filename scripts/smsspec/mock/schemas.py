"""The document's JSON Schemas, compiled once: every validator the mock uses comes from here.

Schemas are addressed by their JSON pointer in the bundled document and compiled with jsonschema-rs against a
registry that holds the whole document, so ``#/components/schemas/X`` references (recursive ones included)
resolve exactly as the spec says. Compilation happens at start-up; the request path only calls ``is_valid``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from smsspec import refs

BUNDLE_URI = "urn:smsspec:bundle"
JSON_TYPES: tuple[str, ...] = ("object", "array", "string", "integer", "number", "boolean", "null")


def is_json_media(media_type: str) -> bool:
    """``application/json``, ``text/json``, ``application/problem+json``…: everything parsed as JSON."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base in ("application/json", "text/json", "*/*") or base.endswith("+json")


def dumps(value: Any) -> bytes:
    """The one JSON serialisation of the mock: compact and UTF-8, like the vendors send it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def describe(error: jsonschema_rs.ValidationError, prefix: str) -> str:
    """``body/phone: "abc" does not match "^\\+?[0-9]+$"``: where the violation is, then what it is."""
    where = "/".join([prefix, *(str(p) for p in error.instance_path)]) if prefix else ""
    where = where or "/".join(str(p) for p in error.instance_path) or "(root)"
    return f"{where}: {error.message}"


class Schemas:
    """Pointer-addressed access to the document's schemas and compiled validators (cached per pointer)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.registry = jsonschema_rs.Registry([(BUNDLE_URI, document)])
        self._validators: dict[str, jsonschema_rs.Validator] = {}

    def node(self, pointer: str) -> Any:
        return refs.resolve(self.document, pointer)

    def follow(self, pointer: str) -> tuple[str, Any]:
        """(pointer, node) after following the ``$ref`` chain that starts at ``pointer``."""
        node = self.node(pointer)
        seen = {pointer}
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = refs.split_ref(node["$ref"])[1]
            if target in seen:
                break
            seen.add(target)
            pointer, node = target, self.node(target)
        return pointer, node

    def ref(self, pointer: str) -> dict[str, Any]:
        """A schema that stands for the schema at ``pointer``, for building wrapper schemas."""
        return {"$ref": f"{BUNDLE_URI}#{quote(pointer, safe='/~')}"}

    def validator(self, pointer: str) -> jsonschema_rs.Validator:
        """The compiled validator of the schema at ``pointer`` (formats checked, 2020-12 semantics)."""
        found = self._validators.get(pointer)
        if found is None:
            found = self._validators[pointer] = self.compile(self.ref(pointer))
        return found

    def compile(self, schema: dict[str, Any]) -> jsonschema_rs.Validator:
        """Compile a wrapper schema whose ``$ref``s point into the document through ``ref()``."""
        return jsonschema_rs.Draft202012Validator(schema, registry=self.registry, validate_formats=True)

    def subschemas(self, pointer: str) -> list[tuple[str, dict[str, Any]]]:
        """The schema at ``pointer`` and every ``allOf``/``oneOf``/``anyOf`` branch below it, refs followed.

        Used to learn what a value *could* be (its types, its properties) without evaluating it.
        """
        found: list[tuple[str, dict[str, Any]]] = []
        pending = [pointer]
        seen: set[str] = set()
        while pending:
            at, node = self.follow(pending.pop(0))
            if at in seen or not isinstance(node, dict):
                continue
            seen.add(at)
            found.append((at, node))
            for keyword in ("allOf", "oneOf", "anyOf"):
                for index, _ in enumerate(node.get(keyword) or []):
                    pending.append(refs.join(at, keyword, index))
        return found

    def types(self, pointer: str) -> list[str]:
        """The JSON types a value of this schema may have, in a stable order; empty when unconstrained."""
        kinds: set[str] = set()
        for _, node in self.subschemas(pointer):
            declared = node.get("type")
            if isinstance(declared, str):
                kinds.add(declared)
            elif isinstance(declared, list):
                kinds.update(t for t in declared if isinstance(t, str))
            for value in [node["const"]] if "const" in node else node.get("enum") or []:
                kinds.add(_json_type(value))
        if "number" in kinds:
            kinds.add("integer")
        return [t for t in JSON_TYPES if t in kinds]

    def properties(self, pointer: str) -> dict[str, str]:
        """Property name → schema pointer, gathered over the composition branches (first one wins)."""
        found: dict[str, str] = {}
        for at, node in self.subschemas(pointer):
            for name in node.get("properties") or {}:
                found.setdefault(name, refs.join(at, "properties", name))
        return found

    def keyword(self, pointer: str, name: str) -> str | None:
        """The pointer of the first ``name`` subschema (``items``, ``additionalProperties``) among the branches."""
        for at, node in self.subschemas(pointer):
            if isinstance(node.get(name), dict):
                return refs.join(at, name)
        return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
