"""Request line → path item: the server base paths, the path templates, and the optional suffixes.

A small segment trie. Literal segments are tried before templated ones (``/sms/prices`` wins over
``/sms/{id}``), and among templated segments the one with more literal text first (``{id}.json`` before
``{id}``); the search backtracks, so ``/sms/prices/7`` still reaches ``/sms/{id}/7`` when only that exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote, urlsplit

T = TypeVar("T")
_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclass
class Route(Generic[T]):
    """One path item as served: its template (as written in ``paths``) and its operations by method."""

    template: str
    methods: dict[str, T] = field(default_factory=dict)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(m.upper() for m in self.methods))


@dataclass
class _Node(Generic[T]):
    literals: dict[str, _Node[T]] = field(default_factory=dict)
    patterns: list[tuple[int, re.Pattern[str], tuple[str, ...], _Node[T]]] = field(default_factory=list)
    route: Route[T] | None = None
    names: tuple[str, ...] = ()


def base_paths(servers: list[dict[str, object]] | None) -> list[str]:
    """``https://app.bsg.hk/rest`` → ``/rest``; URL variables take their default and every enum value."""
    found: list[str] = []
    for server in servers or [{"url": "/"}]:
        url = str(server.get("url") or "/")
        candidates = [url]
        variables = server.get("variables")
        for name, spec in (variables if isinstance(variables, dict) else {}).items():
            values = [spec.get("default"), *(spec.get("enum") or [])] if isinstance(spec, dict) else []
            candidates = [c.replace("{" + name + "}", str(v)) for c in candidates for v in values if v is not None]
        for candidate in candidates:
            path = urlsplit(candidate).path if "://" in candidate else candidate.split("?")[0]
            path = path.rstrip("/")
            if path not in found:
                found.append(path)
    return found


class Router(Generic[T]):
    """Matches decoded path segments against every (base path, template, suffix) combination."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()

    def add(self, template: str, route: Route[T], bases: list[str], suffixes: list[str]) -> None:
        """Register ``route``; a suffixed form never shadows a path the spec declares explicitly."""
        for suffix in ["", *suffixes]:
            for base in bases:
                full = base + template
                if suffix and not full.endswith("/"):
                    full += suffix
                elif suffix:
                    continue
                self._insert(full, route, explicit=not suffix)

    def _insert(self, full: str, route: Route[T], explicit: bool) -> None:
        node = self._root
        names: list[str] = []
        for segment in full.split("/")[1:]:
            params = _PARAM.findall(segment)
            if not params:
                node = node.literals.setdefault(segment, _Node())
                continue
            names.extend(params)
            # a value spans its whole (decoded) segment: an encoded "/" (%2F) or newline is part of it
            regex = "".join("(.+?)" if i % 2 else re.escape(part) for i, part in enumerate(_PARAM.split(segment)))
            for _, known, _, child in node.patterns:
                if known.pattern == regex:
                    node = child
                    break
            else:
                literal = len(_PARAM.sub("", segment))
                child = _Node()
                node.patterns.append((literal, re.compile(regex, re.DOTALL), tuple(params), child))
                node.patterns.sort(key=lambda entry: -entry[0])
                node = child
        if node.route is None or explicit:
            node.route, node.names = route, tuple(names)

    def match(self, raw_path: str) -> tuple[Route[T], dict[str, str]] | None:
        """The route for a raw (still percent-encoded) path, with its decoded path parameters."""
        segments = raw_path.split("/")[1:] if raw_path.startswith("/") else []
        found = self._search(self._root, segments, [])
        if found is None:
            return None
        node, values = found
        assert node.route is not None
        return node.route, dict(zip(node.names, values, strict=False))

    def _search(self, node: _Node[T], segments: list[str], values: list[str]) -> tuple[_Node[T], list[str]] | None:
        if not segments:
            return (node, values) if node.route is not None else None
        head, rest = unquote(segments[0]), segments[1:]
        child = node.literals.get(head)
        if child is not None:
            found = self._search(child, rest, values)
            if found is not None:
                return found
        for _, regex, _, candidate in node.patterns:
            matched = regex.fullmatch(head)
            if matched is not None:
                found = self._search(candidate, rest, [*values, *matched.groups()])
                if found is not None:
                    return found
        return None
