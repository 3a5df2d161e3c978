"""What changed between two versions of a spec, each change with a stable rule id and whether it breaks clients.

"Breaking" follows the direction of the data. What the client *sends* (request parameters and bodies of ``paths``)
breaks when the spec accepts less: a removed parameter, a new required one, a narrowed enum, a changed type. What
the client *receives* (responses, and the payloads of ``webhooks``, which the vendor sends to the client) breaks
when the spec promises less: a removed response or property, a widened enum, a changed type.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from smsspec import refs
from smsspec.operations import Operation, operations
from smsspec.publish.flavours import dereference

# Rule id → when it applies. ``breaking`` is decided per change (see the module docstring).
RULES: dict[str, str] = {
    "operation-removed": "an operation (or webhook) is gone",
    "operation-added": "a new operation (or webhook)",
    "parameter-removed": "a parameter is gone",
    "parameter-added": "a new optional parameter",
    "parameter-required-added": "a new required parameter, or an optional one became required",
    "request-property-removed": "a request body property is gone",
    "request-property-added": "a new optional request body property",
    "request-property-required-added": "a new required request body property, or one became required",
    "response-property-removed": "a response body property is gone",
    "response-property-added": "a new response body property",
    "response-removed": "a response status is gone",
    "response-added": "a new response status",
    "enum-narrowed": "an enum (or const) lost values",
    "enum-widened": "an enum gained values",
    "type-changed": "a schema's type changed",
}


@dataclass(frozen=True, order=True)
class Change:
    """One difference; ``pointer`` is in the newer document, or in the older one for what was removed."""

    operation: str
    pointer: str
    rule: str
    breaking: bool
    message: str

    def __str__(self) -> str:
        where = f"{self.operation} " if self.operation else ""
        return f"{'breaking' if self.breaking else 'ok':8} {self.rule}: {where}#{self.pointer}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Side:
    """Where a schema sits: in a request or a response, and whether the client sends or receives it."""

    part: str  # "request" or "response"
    sent: bool  # the client sends this data


def compare(base: dict[str, Any], head: dict[str, Any]) -> list[Change]:
    """Every change from ``base`` to ``head`` (bundled documents; their ``$ref``s are followed)."""
    old, new = dereference(base), dereference(head)
    old_ops = {(op.section, op.path, op.method): op for op in operations(old)}
    new_ops = {(op.section, op.path, op.method): op for op in operations(new)}
    changes: list[Change] = []
    for key in sorted(old_ops.keys() - new_ops.keys()):
        op = old_ops[key]
        changes.append(Change(_name(op), op.pointer, "operation-removed", True, "removed"))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        op = new_ops[key]
        changes.append(Change(_name(op), op.pointer, "operation-added", False, "added"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        changes += _Operation(old_ops[key], new_ops[key]).changes()
    return sorted(changes)


def _name(op: Operation) -> str:
    return f"{op.method.upper()} {op.path}" if op.section == "paths" else f"webhook {op.path} {op.method.upper()}"


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


class _Operation:
    def __init__(self, old: Operation, new: Operation) -> None:
        self.old, self.new, self.name = old, new, _name(new)
        self.found: list[Change] = []
        self.webhook = new.section == "webhooks"

    def add(self, pointer: str, rule: str, breaking: bool, message: str) -> None:
        self.found.append(Change(self.name, pointer, rule, breaking, message))

    def changes(self) -> list[Change]:
        self._parameters()
        request = _Side("request", sent=not self.webhook)
        old = (self.old.node.get("requestBody") or {}).get("content") or {}
        new = (self.new.node.get("requestBody") or {}).get("content") or {}
        for media in sorted(old.keys() & new.keys()):
            at = refs.join(self.new.pointer, "requestBody", "content", media, "schema")
            self._schema(old[media].get("schema"), new[media].get("schema"), at, request)
        self._responses()
        return self.found

    def _parameters(self) -> None:
        def index(op: Operation) -> dict[tuple[str, str], tuple[int, dict[str, Any]]]:
            params = op.node.get("parameters") or []
            return {(p.get("in", ""), p.get("name", "")): (i, p) for i, p in enumerate(params) if isinstance(p, dict)}

        old, new = index(self.old), index(self.new)
        base = refs.join(self.new.pointer, "parameters")
        for key in sorted(old.keys() - new.keys()):
            at = refs.join(self.old.pointer, "parameters", old[key][0])
            self.add(at, "parameter-removed", True, f"{key[0]} parameter {key[1]!r} removed")
        for key in sorted(new.keys() - old.keys()):
            required = bool(new[key][1].get("required"))
            rule = "parameter-required-added" if required else "parameter-added"
            self.add(refs.join(base, new[key][0]), rule, required, f"{key[0]} parameter {key[1]!r} added")
        side = _Side("request", sent=True)
        for key in sorted(old.keys() & new.keys()):
            (_, before), (i, after) = old[key], new[key]
            at = refs.join(base, i)
            if after.get("required") and not before.get("required"):
                self.add(at, "parameter-required-added", True, f"{key[0]} parameter {key[1]!r} is now required")
            self._schema(before.get("schema"), after.get("schema"), refs.join(at, "schema"), side)

    def _responses(self) -> None:
        old, new = self.old.node.get("responses") or {}, self.new.node.get("responses") or {}
        received = self.webhook is False
        for status in sorted(old.keys() - new.keys()):
            at = refs.join(self.old.pointer, "responses", status)
            self.add(at, "response-removed", received, f"response {status} removed")
        for status in sorted(new.keys() - old.keys()):
            self.add(
                refs.join(self.new.pointer, "responses", status), "response-added", False, f"response {status} added"
            )
        side = _Side("response", sent=not received)
        for status in sorted(old.keys() & new.keys()):
            before, after = (old[status].get("content") or {}), (new[status].get("content") or {})
            at = refs.join(self.new.pointer, "responses", status, "content")
            for media in sorted(before.keys() & after.keys()):
                schema_at = refs.join(at, media, "schema")
                self._schema(before[media].get("schema"), after[media].get("schema"), schema_at, side)

    def _schema(self, old: Any, new: Any, at: str, side: _Side) -> None:
        if not (isinstance(old, dict) and isinstance(new, dict)) or "$ref" in old or "$ref" in new:
            return  # absent, boolean, or a recursive schema left as a reference by dereferencing
        self._type(old, new, at, side)
        self._enum(old, new, at, side)
        self._properties(old, new, at, side)
        for key in ("items", "additionalProperties"):
            self._schema(old.get(key), new.get(key), refs.join(at, key), side)
        for key in ("allOf", "anyOf", "oneOf"):
            before, after = old.get(key) or [], new.get(key) or []
            for i, (one, other) in enumerate(zip(before, after, strict=False)):
                self._schema(one, other, refs.join(at, key, i), side)

    def _type(self, old: dict[str, Any], new: dict[str, Any], at: str, side: _Side) -> None:
        before, after = _types(old), _types(new)
        if before is None or after is None or before == after:
            return
        breaking = (
            not after >= before if side.sent else not after <= before
        )  # sent: accept more; received: promise less
        self.add(at, "type-changed", breaking, f"type {sorted(before)} → {sorted(after)}")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], at: str, side: _Side) -> None:
        before, after = _enum(old), _enum(new)
        if before is None or after is None:
            return
        removed = [v for k, v in before.items() if k not in after]
        added = [v for k, v in after.items() if k not in before]
        if removed:
            self.add(at, "enum-narrowed", side.sent, f"values removed: {_values(removed)}")
        if added:
            self.add(at, "enum-widened", not side.sent, f"values added: {_values(added)}")

    def _properties(self, old: dict[str, Any], new: dict[str, Any], at: str, side: _Side) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        required_before, required_after = set(old.get("required") or []), set(new.get("required") or [])
        part = side.part
        for name in sorted(before.keys() - after.keys()):
            self.add(refs.join(at, "properties", name), f"{part}-property-removed", not side.sent, f"{name!r} removed")
        for name in sorted(after.keys() - before.keys()):
            required = side.sent and name in required_after
            rule = f"{part}-property-required-added" if required else f"{part}-property-added"
            self.add(refs.join(at, "properties", name), rule, required, f"{name!r} added")
        for name in sorted(before.keys() & after.keys()):
            pointer = refs.join(at, "properties", name)
            if side.sent and name in required_after - required_before:
                self.add(pointer, f"{part}-property-required-added", True, f"{name!r} is now required")
            self._schema(before[name], after[name], pointer, side)


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    value = schema.get("type")
    if value is None:
        return None
    return frozenset(value if isinstance(value, list) else [value])


def _enum(schema: dict[str, Any]) -> dict[str, Any] | None:
    values = (
        schema["enum"] if isinstance(schema.get("enum"), list) else [schema["const"]] if "const" in schema else None
    )
    return None if values is None else {_key(v): v for v in values}


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)
