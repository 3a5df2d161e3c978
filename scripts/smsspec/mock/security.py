"""Security enforced: the documented test credentials are accepted, anything else is refused.

The document declares, per security scheme, the fake credentials the mock accepts (``x-mock-credentials``:
``value`` for the scheme itself, ``body`` for body fields) and, as a vendor fact, which request body fields can
stand in for the scheme (``x-body-credentials``). A scheme whose token an operation issues (``x-token-operation``)
may name that operation's login fields and the example the vendor answers to a wrong login; the mock then issues
the token only for its test login (``x-mock-credentials.login``). Values can be overridden at start-up with
``Scheme=value`` / ``Scheme.field=value`` pairs (login fields included). An operation's ``security`` (or the root
one) is a list of alternatives, each a set of schemes that must all be satisfied; ``{}`` admits anonymous calls.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from smsspec.mock.wire import Request

MOCK_CREDENTIALS = "x-mock-credentials"
BODY_CREDENTIALS = "x-body-credentials"
TOKEN_OPERATION = "x-token-operation"


class SecurityError(ValueError):
    """A scheme the document uses has no test credentials, or an override names an unknown scheme."""


@dataclass(frozen=True)
class Scheme:
    """One security scheme with the credential the mock accepts for it."""

    name: str
    kind: str  # apiKey, http, …
    location: str  # header, query, cookie (apiKey) or the http auth scheme (bearer, basic)
    param: str  # the header/query/cookie name
    value: str
    body: dict[str, str] = field(default_factory=dict)
    login: dict[str, str] = field(default_factory=dict)  # the token operation's login fields → accepted value
    refused: str | None = None  # the token operation's example for any other login

    def satisfied(self, request: Request, body: Any) -> bool:
        if self._sent(request) == self.value:
            return True
        if self.body and isinstance(body, dict):
            return all(str(body.get(name)) == expected for name, expected in self.body.items())
        return False

    def login_accepted(self, request: Request, body: Any) -> bool:
        """Whether a call of the token operation sent the test login, as body fields or (a GET twin) query ones."""

        def sent(name: str) -> str | None:
            if isinstance(body, dict) and name in body:
                return str(body[name])
            return next((v for k, v in reversed(request.query) if k == name), None)

        return all(sent(name) == expected for name, expected in self.login.items())

    def _sent(self, request: Request) -> str | None:
        if self.kind == "apiKey":
            if self.location == "header":
                return request.headers.get(self.param.lower())
            if self.location == "query":
                return next((v for k, v in reversed(request.query) if k == self.param), None)
            return request.cookies.get(self.param)
        word, _, token = request.headers.get("authorization", "").partition(" ")
        if word.lower() != (self.location if self.kind == "http" else "bearer"):
            return None
        if word.lower() == "basic":
            try:
                return base64.b64decode(token, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
        return token.strip()


Requirement = list[list[Scheme]]  # alternatives, each satisfied when all its schemes are


class Guard:
    """The document's schemes with their test credentials, and the requirement of each operation."""

    def __init__(self, document: dict[str, Any], overrides: Mapping[str, str] | None = None) -> None:
        overrides = dict(overrides or {})
        declared = (document.get("components") or {}).get("securitySchemes") or {}
        unknown = sorted({key.split(".", 1)[0] for key in overrides} - set(declared))
        if unknown:
            raise SecurityError(f"credential override {unknown[0]!r}: no such scheme; use one of {', '.join(declared)}")
        self.schemes = {name: _scheme(name, spec, overrides) for name, spec in declared.items()}
        self.default = self.requirement(document.get("security") or [])

    def requirement(self, security: list[dict[str, Any]]) -> Requirement:
        return [[self.schemes[name] for name in alternative] for alternative in security]

    def allows(self, requirement: Requirement, request: Request, body: Any) -> bool:
        if not requirement:
            return True
        return any(all(s.satisfied(request, body) for s in alternative) for alternative in requirement)

    def credentials(self) -> dict[str, str]:
        """What to print at start-up: ``Scheme`` and ``Scheme.field`` → the accepted value."""
        found: dict[str, str] = {}
        for scheme in self.schemes.values():
            found[scheme.name] = scheme.value
            found.update({f"{scheme.name}.{k}": v for k, v in (scheme.body | scheme.login).items()})
        return found


def _scheme(name: str, spec: dict[str, Any], overrides: Mapping[str, str]) -> Scheme:
    where = f"#/components/securitySchemes/{name}"
    mock = spec.get(MOCK_CREDENTIALS)
    if not isinstance(mock, dict) or not isinstance(mock.get("value"), str):
        raise SecurityError(f"{where}/{MOCK_CREDENTIALS}: missing; give the scheme a test credential (value)")
    fields = spec.get(BODY_CREDENTIALS) or []
    body_values = mock.get("body") or {}
    missing = [f for f in fields if not isinstance(body_values.get(f), str)]
    if missing:
        raise SecurityError(f"{where}/{MOCK_CREDENTIALS}/body: give a test value for {', '.join(missing)}")
    issuing = spec.get(TOKEN_OPERATION)
    issuing = issuing if isinstance(issuing, dict) else {}
    login_fields = issuing.get("login") or []
    login_values = mock.get("login") or {}
    missing = [f for f in login_fields if not isinstance(login_values.get(f), str)]
    if missing:
        raise SecurityError(f"{where}/{MOCK_CREDENTIALS}/login: give a test value for {', '.join(missing)}")
    kind = str(spec.get("type"))
    location = str(spec.get("in") if kind == "apiKey" else str(spec.get("scheme", "bearer")).lower())
    return Scheme(
        name=name,
        kind=kind,
        location=location,
        param=str(spec.get("name", "")),
        value=overrides.get(name, mock["value"]),
        body={f: overrides.get(f"{name}.{f}", body_values[f]) for f in fields},
        login={f: overrides.get(f"{name}.{f}", login_values[f]) for f in login_fields},
        refused=issuing.get("refused"),
    )
