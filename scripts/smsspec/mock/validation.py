"""Request validation: parameters and bodies against the operation's JSON Schemas, compiled at start-up.

Wire text is decoded (JSON, form-urlencoded with PHP-style arrays, multipart), coerced by the target schema
(``coercion``) and checked by a compiled jsonschema-rs validator with 2020-12 semantics. Every refusal is a
``Problem`` whose message names the parameter or body location and the violated keyword's explanation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs

from smsspec import refs
from smsspec.mock.coercion import Coercer, FormDecoder
from smsspec.mock.schemas import Schemas, describe, is_json_media
from smsspec.mock.wire import Problem, Request, media_type

_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}  # OpenAPI: such header parameters are ignored


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _first_error(validator: jsonschema_rs.Validator, value: Any, prefix: str) -> str | None:
    if validator.is_valid(value):
        return None
    return describe(next(iter(validator.iter_errors(value))), prefix)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    coercer: Coercer
    validator: jsonschema_rs.Validator | None

    def check(self, request: Request) -> Problem | None:
        raw = self._raw(request)
        label = f"{self.location} parameter {self.name!r}"
        if not raw:
            return Problem("validation", f"{label} is required") if self.required else None
        if self.validator is None:
            return None
        message = _first_error(self.validator, self.coercer(raw), label)
        return Problem("validation", message) if message else None

    def _raw(self, request: Request) -> list[str]:
        if self.location == "query":
            return [v for k, v in request.query if k == self.name]
        if self.location == "path":
            return [request.path_params[self.name]] if self.name in request.path_params else []
        if self.location == "header":
            found = request.headers.get(self.name.lower())
            return [] if found is None else [found]
        found = request.cookies.get(self.name)
        return [] if found is None else [found]


FORM_URLENCODED = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Body:
    """One media type of the request body: how to decode it and the validator of the decoded value."""

    media: str
    form: FormDecoder | None
    validator: jsonschema_rs.Validator | None

    def decode(self, raw: bytes, params: dict[str, str]) -> Any:
        """The JSON value of ``raw``; raises ``ValueError`` with a readable reason when it cannot be decoded."""
        if is_json_media(self.media):
            return json.loads(raw, parse_constant=_reject_constant)
        if self.media == FORM_URLENCODED:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=10_000)
            return self.form(pairs) if self.form is not None else dict(pairs)
        if self.media.startswith("multipart/"):
            pairs = _multipart(raw, params)
            return self.form(pairs) if self.form is not None else dict(pairs)
        return raw.decode("utf-8")


def _multipart(raw: bytes, params: dict[str, str]) -> list[tuple[str, str]]:
    if not params.get("boundary"):
        raise ValueError("multipart body without a boundary parameter in Content-Type")
    head = f'Content-Type: multipart/form-data; boundary="{params["boundary"]}"\r\n\r\n'.encode("latin-1")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + raw)
    if not message.is_multipart() or message.defects:
        raise ValueError("malformed multipart body")
    pairs: list[tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("multipart part without a name in Content-Disposition")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        pairs.append((name, _part_text(data, is_file=part.get_filename() is not None)))
    return pairs


def _part_text(data: bytes, is_file: bool) -> str:
    """A part's value: text fields as UTF-8; files, and parts that are not UTF-8 (RFC 7578 makes the filename of
    a file part optional), byte for byte as latin-1."""
    if not is_file:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


class RequestValidator:
    """Everything one operation checks about a request, compiled from the document."""

    def __init__(self, schemas: Schemas, path_item: str, operation: str) -> None:
        self.parameters: list[Parameter] = []
        merged: dict[tuple[str, str], str] = {}
        for owner in (path_item, operation):
            for index, _ in enumerate(schemas.node(owner).get("parameters") or []):
                at, node = schemas.follow(refs.join(owner, "parameters", index))
                merged[(node["name"], node["in"])] = at
        for (name, location), at in merged.items():
            if location == "header" and name.lower() in _IGNORED_HEADERS:
                continue
            self.parameters.append(_parameter(schemas, at, name, location))
        self.bodies: dict[str, Body] = {}
        self.body_required = False
        if "requestBody" in schemas.node(operation):
            at, node = schemas.follow(refs.join(operation, "requestBody"))
            self.body_required = bool(node.get("required"))
            for media, spec in (node.get("content") or {}).items():
                schema_at = refs.join(at, "content", media, "schema") if "schema" in spec else None
                form = None
                if schema_at is not None and not is_json_media(media):
                    form = FormDecoder(schemas, schema_at, spec.get("encoding"))
                validator = schemas.validator(schema_at) if schema_at is not None else None
                self.bodies[media.lower()] = Body(media.lower(), form, validator)

    def decode(self, request: Request) -> tuple[Any, Problem | None]:
        """(the body's JSON value or ``None``, the problem that prevented decoding it)."""
        if not self.bodies:
            return None, None  # a body the operation does not take is ignored, as servers do
        media, params = media_type(request.headers.get("content-type"))
        body = self._body(media)
        if not request.body and not (body is not None and body.media == FORM_URLENCODED):
            return None, None  # no body; but an empty form-urlencoded body is the form of an empty object
        if body is None:
            accepted = ", ".join(self.bodies)
            return None, Problem("media-type", f"Content-Type {media or '(none)'!r} not accepted; send {accepted}")
        try:
            return body.decode(request.body, params), None
        except (ValueError, UnicodeDecodeError) as exc:
            return None, Problem("validation", f"body: cannot decode {body.media}: {exc}")

    def check(self, request: Request, value: Any) -> Problem | None:
        for parameter in self.parameters:
            problem = parameter.check(request)
            if problem is not None:
                return problem
        if value is None:
            return Problem("validation", "request body is required") if self.body_required else None
        body = self._body(media_type(request.headers.get("content-type"))[0])
        if body is None or body.validator is None:
            return None
        message = _first_error(body.validator, value, "body")
        return Problem("validation", message) if message else None

    def _body(self, media: str) -> Body | None:
        if media in self.bodies:
            return self.bodies[media]
        for candidate in (media.split("/", 1)[0] + "/*", "*/*"):
            if candidate in self.bodies:
                return self.bodies[candidate]
        return None


def _parameter(schemas: Schemas, at: str, name: str, location: str) -> Parameter:
    node = schemas.node(at)
    style = node.get("style", "form" if location in ("query", "cookie") else "simple")
    explode = bool(node.get("explode", style == "form"))
    schema_at: str | None = refs.join(at, "schema") if "schema" in node else None
    content_json = False
    for media in node.get("content") or {}:
        schema_at, content_json = refs.join(at, "content", media, "schema"), is_json_media(media)
        break
    coercer = Coercer(
        schemas, schema_at, explode=explode, delimiter=_DELIMITERS.get(style, ","), content_json=content_json
    )
    validator = schemas.validator(schema_at) if schema_at is not None else None
    return Parameter(name, location, bool(node.get("required")) or location == "path", coercer, validator)
