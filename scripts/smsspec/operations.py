"""Walking a bundled document: its operations, and the named examples beside every schema."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from smsspec import refs

METHODS: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of ``paths`` or ``webhooks``; ``pointer`` locates it in the bundled document."""

    section: str  # "paths" or "webhooks"
    path: str  # the path template, or the webhook's name
    method: str
    pointer: str
    node: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None


def deref(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a non-reference node (bundled documents only hold local refs)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        node = refs.resolve(document, refs.split_ref(node["$ref"])[1])
    return node


def deref_pointer(document: dict[str, Any], pointer: str) -> str:
    """The pointer of the node that ``pointer`` designates after following its ``$ref`` chain."""
    node = refs.resolve(document, pointer)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = refs.split_ref(node["$ref"])[1]
        node = refs.resolve(document, pointer)
    return pointer


def operations(document: dict[str, Any]) -> Iterator[Operation]:
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            item = deref(document, item)
            for method in METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield Operation(section, path, method, refs.join("/" + section, path, method), item[method])


@dataclass(frozen=True)
class MediaExamples:
    """A media type (or parameter) with a schema and its named examples, all as pointers into the document."""

    pointer: str  # the media type object or parameter
    schema_pointer: str | None
    examples: dict[str, Any]  # name -> example value (``None`` when the example only has externalValue)
    kind: str  # "request", "response" or "parameter"


def _media(document: dict[str, Any], container: str, kind: str) -> Iterator[MediaExamples]:
    node = deref(document, refs.resolve(document, container))
    for media_type, media in (node.get("content") or {}).items():
        pointer = refs.join(container, "content", media_type)
        yield MediaExamples(pointer, _schema(media, pointer), _named(document, media), kind)


def _schema(node: dict[str, Any], pointer: str) -> str | None:
    return refs.join(pointer, "schema") if "schema" in node else None


def _named(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    named = {}
    for name, example in (node.get("examples") or {}).items():
        example = deref(document, example)
        named[name] = example.get("value") if isinstance(example, dict) else None
    return named


def media_examples(document: dict[str, Any], operation: Operation) -> Iterator[MediaExamples]:
    """Every request body, response and parameter of ``operation`` with the examples it declares."""
    node = operation.node
    if "requestBody" in node:
        yield from _media(document, deref_pointer(document, refs.join(operation.pointer, "requestBody")), "request")
    for status in node.get("responses") or {}:
        response = deref_pointer(document, refs.join(operation.pointer, "responses", status))
        yield from _media(document, response, "response")
    for index, _ in enumerate(node.get("parameters") or []):
        pointer = deref_pointer(document, refs.join(operation.pointer, "parameters", index))
        parameter = refs.resolve(document, pointer)
        yield MediaExamples(pointer, _schema(parameter, pointer), _named(document, parameter), "parameter")
