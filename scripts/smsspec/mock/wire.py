"""The HTTP vocabulary of the mock: one request as the engine sees it, one reply as ASGI sends it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True, slots=True)
class Reply:
    """A complete response; the static ones (examples, errors without a message) are built at start-up."""

    status: int
    headers: Headers
    body: bytes


def reply(status: int, body: bytes, media_type: str | None, extra: Headers | None = None) -> Reply:
    headers: Headers = [(b"content-length", str(len(body)).encode())]
    if media_type is not None and body:
        headers.append((b"content-type", media_type.encode("latin-1")))
    return Reply(status, headers + (extra or []), body)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a request is refused: an error kind of the dialect (``validation``, ``auth``…) and the text."""

    kind: str
    message: str


class Request:
    """One request: method, decoded path parameters, lowercase headers, lazily parsed query and cookies."""

    __slots__ = ("_cookies", "_query", "body", "headers", "method", "path_params", "query_string")

    def __init__(self, method: str, headers: dict[str, str], query_string: bytes, body: bytes) -> None:
        self.method = method
        self.headers = headers
        self.query_string = query_string
        self.body = body
        self.path_params: dict[str, str] = {}
        self._query: list[tuple[str, str]] | None = None
        self._cookies: dict[str, str] | None = None

    @classmethod
    def from_scope(cls, scope: dict[str, Any], body: bytes) -> Request:
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers") or ():
            name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        return cls(scope["method"], headers, scope.get("query_string") or b"", body)

    @property
    def query(self) -> list[tuple[str, str]]:
        if self._query is None:
            text = self.query_string.decode("latin-1")
            self._query = parse_qsl(text, keep_blank_values=True) if text else []
        return self._query

    @property
    def cookies(self) -> dict[str, str]:
        if self._cookies is None:
            self._cookies = {}
            for part in self.headers.get("cookie", "").split(";"):
                name, sep, value = part.strip().partition("=")
                if sep:
                    self._cookies[name] = value.strip('"')
        return self._cookies


def media_type(value: str | None) -> tuple[str, dict[str, str]]:
    """``Multipart/Form-Data; boundary="x"`` → (``multipart/form-data``, {``boundary``: ``x``})."""
    if not value:
        return "", {}
    base, *rest = value.split(";")
    params = {}
    for part in rest:
        key, _, val = part.strip().partition("=")
        params[key.strip().lower()] = val.strip().strip('"')
    return base.strip().lower(), params


def parse_prefer(values: str) -> dict[str, str]:
    """RFC 7240 ``Prefer`` preferences: ``code=400, example=bad`` → {code: 400, example: bad} (last wins)."""
    found: dict[str, str] = {}
    for part in values.replace(";", ",").split(","):
        key, _, value = part.strip().partition("=")
        if key:
            found[key.strip().lower()] = value.strip().strip('"')
    return found
