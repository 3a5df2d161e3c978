"""How a generated client authenticates, read from the spec alone: ``securitySchemes`` plus the documented extensions.

openapi-python-client models only Bearer tokens, so every client also gets an ``auth`` module with one ``connect``
function per way of authenticating. Its keywords come from:

- the first non-empty ``security`` requirement of the document: an ``apiKey`` scheme (header or query) becomes one
  keyword, named by the scheme's ``x-sdk-argument`` or the snake_case of its ``name``; an ``http`` ``bearer`` scheme
  becomes ``token`` sent as ``Authorization: Bearer …``;
- header parameters marked ``x-client-parameter: true``: sent on every request, a keyword of every ``connect``;
- a used scheme's ``x-body-credentials`` other than its own parameter: an alternative ``connect_with_credentials``
  whose keywords travel as fields of every JSON request body;
- a scheme's ``x-token-operation``: a ``fetch_token`` helper that calls that operation and returns the token.

Each keyword also carries the value the project's mock accepts (the scheme's ``x-mock-credentials``, a setting's
example), so the client README can show calls that run against ``make mock`` as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client import strings

from smsspec.findings import Finding, SmsspecError
from smsspec.generate import naming
from smsspec.operations import deref, operations


@dataclass(frozen=True)
class Credential:
    """One keyword of a ``connect`` function and where its value goes."""

    argument: str
    location: str  # "header", "query" or "body"
    key: str
    prefix: str
    description: str
    example: str
    mock: str  # the test credential of the mock (x-mock-credentials), or the setting's example


@dataclass(frozen=True)
class Connect:
    """One ``connect`` function: its name, what it is for, and its keywords."""

    function: str
    summary: str
    credentials: tuple[Credential, ...]

    def where(self, location: str) -> tuple[Credential, ...]:
        return tuple(c for c in self.credentials if c.location == location)


@dataclass(frozen=True)
class TokenHelper:
    """``fetch_token``: the operation that exchanges a login for the token, and where the token is in its answer."""

    module: str
    body_class: str
    result_class: str
    field: str
    argument: str
    body_example: str


@dataclass(frozen=True)
class Auth:
    base_url: str
    connects: tuple[Connect, ...]
    token: TokenHelper | None

    @property
    def body_credentials(self) -> bool:
        return any(c.where("body") for c in self.connects)


def _problem(pointer: str, message: str, rule: str = "client-auth-unsupported") -> SmsspecError:
    return SmsspecError([Finding("<sdk document>", "#" + pointer, rule, message)])


def _placeholder(argument: str) -> str:
    return f"YOUR-{argument.upper().replace('_', '-')}"


def _mock_value(name: str, scheme: dict[str, Any], field: str | None = None) -> str:
    """The mock's test credential for the scheme (``field``: one of its body credentials)."""
    given = scheme.get("x-mock-credentials") or {}
    value = given.get("value") if field is None else (given.get("body") or {}).get(field)
    if not isinstance(value, str):
        where = "x-mock-credentials" + ("" if field is None else f".body.{field}")
        message = f"no {where}: the mock and the client README need the test credential; add it in a mock overlay"
        raise _problem(f"/components/securitySchemes/{name}", message, "client-mock-credentials-missing")
    return value


def _scheme(name: str, scheme: dict[str, Any]) -> Credential:
    text = " ".join(str(scheme.get("description", "")).split())
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        mock = _mock_value(name, scheme)
        return Credential("token", "header", "Authorization", "Bearer ", text, _placeholder("token"), mock)
    if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query"):
        argument = scheme.get("x-sdk-argument") or strings.snake_case(scheme["name"])
        placeholder = _placeholder(argument)
        return Credential(argument, scheme["in"], scheme["name"], "", text, placeholder, _mock_value(name, scheme))
    raise _problem(
        f"/components/securitySchemes/{name}",
        "only apiKey (header, query) and http bearer schemes are supported; describe the scheme with those",
    )


def _client_parameters(document: dict[str, Any]) -> list[Credential]:
    found = []
    for name, parameter in (document.get("components", {}).get("parameters") or {}).items():
        if parameter.get("x-client-parameter") is not True:
            continue
        if parameter.get("in") != "header":
            raise _problem(f"/components/parameters/{name}", "x-client-parameter is supported on header parameters")
        argument = strings.snake_case(parameter["name"])
        text = " ".join(str(parameter.get("description", "")).split())
        example = str(parameter.get("example", _placeholder(argument)))
        found.append(Credential(argument, "header", parameter["name"], "", text, example, example))
    return found


def _token_helper(document: dict[str, Any], scheme: dict[str, Any], argument: str) -> TokenHelper | None:
    spec = scheme.get("x-token-operation")
    if spec is None:
        return None
    for op in operations(document):
        if op.operation_id != spec.get("operationId") or op.section != "paths":
            continue
        body = naming.request_body(document, op)
        result = naming.response_class_with(document, op, spec.get("property", ""))
        if body is not None and result is not None:
            module = f"api.{naming.tag_module(op)}.{naming.endpoint_module(op)}"
            example = naming.literal(naming.first_example(body[1], document)[1])
            body_class = naming.schema_class(document, body[0])
            return TokenHelper(module, body_class, result, naming.argument(spec["property"]), argument, example)
    raise _problem(
        "/components/securitySchemes",
        f"x-token-operation {spec!r}: no operation with that operationId, a component request body and a 200 "
        "response whose schema has that property; fix the extension",
    )


def derive(document: dict[str, Any]) -> Auth:
    """The ``auth`` module's content for ``document``; unsupported schemes raise ``SmsspecError``."""
    schemes = deref(document, document.get("components", {}).get("securitySchemes") or {})
    requirement: dict[str, Any] = next((r for r in document.get("security") or [] if r), {})
    used = {name: deref(document, schemes[name]) for name in requirement}
    primary = [_scheme(name, scheme) for name, scheme in used.items()]
    settings = _client_parameters(document)
    connects = [Connect("connect", "Authenticate with " + " and ".join(requirement), (*primary, *settings))]
    for name, scheme in used.items():
        fields = [field for field in scheme.get("x-body-credentials") or [] if field != scheme.get("name")]
        if fields:
            body = tuple(
                Credential(strings.snake_case(f), "body", f, "", "", _placeholder(f), _mock_value(name, scheme, f))
                for f in fields
            )
            why = f"Authenticate with {' and '.join(fields)} as fields of every JSON request body, instead of {name}"
            connects.append(Connect("connect_with_credentials", why, (*body, *settings)))
    helpers = (
        _token_helper(document, scheme, credential.argument)
        for scheme, credential in zip(used.values(), primary, strict=True)
    )
    token = next((helper for helper in helpers if helper is not None), None)
    servers = document.get("servers") or [{"url": "/"}]
    return Auth(servers[0]["url"], tuple(connects), token)
