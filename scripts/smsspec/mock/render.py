"""Records in and out: reading request values by JSON pointer, and writing records into example templates.

A response (or webhook payload) is the vendor's own example with the record's values written over it: every key
of the template object that the record (after the ``fields`` renames) has is replaced, coerced to the type the
template shows (the vendor's ``"4136"`` stays a string, ``0`` stays an integer); other keys keep the example's
value. Arrays of records use the template array's first element for each record. A key that stands for a record
field the record does not hold (the request did not send it) would show the example's value, which describes
another record: ``unsent`` names those keys and ``prune`` removes them wherever the schema allows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from smsspec import refs

MISSING = object()


def lookup(value: Any, pointer: str) -> Any:
    """The value at ``pointer`` inside ``value``, or ``MISSING``."""
    try:
        return refs.resolve(value, pointer)
    except (LookupError, TypeError, ValueError):
        return MISSING


def truthy(value: Any) -> bool:
    """A request flag: ``true``, ``1``, ``"true"``, ``"1"`` (form encodings carry no booleans)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return value is not MISSING and bool(value)


def as_list(value: Any) -> list[Any]:
    if value is MISSING or value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def coerce(value: Any, like: Any) -> Any:
    """``value`` in the JSON type of ``like`` where a lossless conversion exists."""
    if isinstance(like, bool):
        return truthy(value) if isinstance(value, str | int) else value
    if isinstance(like, str) and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(like, int) and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if isinstance(like, float) and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    if isinstance(like, list) and not isinstance(value, list):
        return [value]
    if not isinstance(like, list) and like is not None and isinstance(value, list):
        return value[0] if value else like
    return value


def source(record: dict[str, Any], spec: Any, extras: dict[str, Any]) -> Any:
    """One field's value: a record field, an extra (``$outcome``, ``$count``) or ``{const: value}``."""
    if isinstance(spec, dict) and "const" in spec:
        return refs.copy_json(spec["const"])
    name = str(spec)
    if name.startswith("$"):
        return extras.get(name, MISSING)
    return record.get(name, MISSING)


def fill(template: Any, record: dict[str, Any], fields: dict[str, Any], extras: dict[str, Any]) -> Any:
    """The template object with the record's values written over its keys."""
    if not isinstance(template, dict):
        return refs.copy_json(template)
    out = refs.copy_json(template)
    for key, like in template.items():
        value = source(record, fields.get(key, key), extras)
        if value is not MISSING:
            out[key] = coerce(value, like)
    for key, spec in fields.items():  # renamed or constant fields the example lacks
        if key not in out:
            value = source(record, spec, extras)
            if value is not MISSING:
                out[key] = value
    return out


def unsent(template: Any, record: dict[str, Any], fields: dict[str, Any], known: Collection[str]) -> list[str]:
    """The keys of ``template`` that stand for one of the collection's ``known`` fields the record lacks."""
    if not isinstance(template, dict):
        return []
    names = {key: fields.get(key, key) for key in template}  # a record field's name, {const: …} or $outcome
    return [key for key, name in names.items() if isinstance(name, str) and name in known and name not in record]


def prune(body: Any, pointers: list[str], valid: Callable[[Any], bool]) -> Any:
    """``body`` without the keys at ``pointers``, each removed only where ``body`` stays valid: a field the schema
    requires keeps the example's value, since it needs one. Key order is kept."""
    for pointer in pointers:
        parent_pointer, _, last = pointer.rpartition("/")
        parent, key = lookup(body, parent_pointer), refs.unescape(last)
        if not isinstance(parent, dict) or key not in parent:
            continue
        items = list(parent.items())
        del parent[key]
        if not valid(body):
            parent.clear()
            parent.update(items)
    return body


def place(body: Any, pointer: str, value: Any) -> Any:
    """``body`` with ``value`` at ``pointer`` (the root when the pointer is empty)."""
    if not pointer:
        return value
    parent_pointer, _, last = pointer.rpartition("/")
    parent = lookup(body, parent_pointer)
    if isinstance(parent, dict):
        parent[refs.unescape(last)] = value
    elif isinstance(parent, list) and last.isdigit() and int(last) < len(parent):
        parent[int(last)] = value
    return body
