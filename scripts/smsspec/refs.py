"""JSON references and JSON pointers (RFC 6901): the small vocabulary every other module shares."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    """``join("/paths", "/sms/{id}")`` → ``/paths/~1sms~1{id}``."""
    return pointer + "".join("/" + escape(t) for t in tokens)


def split_ref(ref: str) -> tuple[str, str]:
    """``../schemas/A.yaml#/properties/x`` → (``../schemas/A.yaml``, ``/properties/x``)."""
    file_part, _, fragment = ref.partition("#")
    return file_part, fragment


def resolve(document: Any, pointer: str) -> Any:
    """The node at ``pointer``; raises ``LookupError`` naming the first token that does not exist."""
    node = document
    for token in _tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(f"{token!r} does not exist")
    return node


@functools.lru_cache(maxsize=4096)
def _tokens(pointer: str) -> tuple[str, ...]:
    """A pointer's unescaped tokens, parsed once: the mock resolves the same few pointers on every request."""
    if not pointer:
        return ()
    if not pointer.startswith("/"):
        raise LookupError(f"JSON pointer {pointer!r} must start with '/'")
    return tuple(unescape(raw) for raw in pointer[1:].split("/"))


def copy_json(node: Any) -> Any:
    """A deep copy of a JSON tree (dicts, lists, scalars) that never shares a node: YAML aliases become separate
    copies, so each node has one path (what the overlay applier needs), and it is several times faster than
    ``copy.deepcopy``, which handles any object and keeps a memo (what the mock's request path needs)."""
    if isinstance(node, dict):
        return {key: copy_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return [copy_json(value) for value in node]
    return node


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, node) pair in a JSON-like tree, parents before children."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, join(pointer, index))


def internal_refs(document: Any) -> Iterator[tuple[str, str]]:
    """(pointer of the referencing object, ref) for every ``$ref`` in a bundled document."""
    for pointer, node in walk(document):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            yield pointer, node["$ref"]
