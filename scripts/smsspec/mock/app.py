"""The mock as an ASGI application, built once from a bundled document.

Start-up compiles everything (routes, validators, credentials, example replies); a request then walks a fixed
path: route → method → decode the body → credentials → parameters and body → the chosen response. Every
refusal is rendered by the vendor's dialect; nothing here knows which vendor it serves.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from smsspec import refs
from smsspec.mock.behaviour import Behaviour
from smsspec.mock.control import PREFIX, Control
from smsspec.mock.declare import EXTENSION, collections, effects
from smsspec.mock.dialect import Dialect
from smsspec.mock.engine import Engine
from smsspec.mock.responses import Responder
from smsspec.mock.routing import Route, Router, base_paths
from smsspec.mock.schemas import Schemas
from smsspec.mock.security import TOKEN_OPERATION, Guard, Requirement, Scheme
from smsspec.mock.synth import Synthesiser
from smsspec.mock.validation import RequestValidator
from smsspec.mock.wire import Reply, Request, parse_prefer
from smsspec.operations import operations

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Settings:
    """Start-up options: the synthesiser seed, credential overrides, the request limits, the stateful mock's
    default webhook URL and whether it logs its lifecycle and webhooks (to stdout)."""

    seed: int = 0
    credentials: Mapping[str, str] = field(default_factory=dict)
    max_body_bytes: int = 1_048_576
    body_timeout: float = 10.0
    callback_url: str | None = None
    verbose: bool = False


@dataclass(frozen=True)
class Endpoint:
    """One operation as served."""

    operation_id: str
    requirement: Requirement
    validator: RequestValidator
    responder: Responder
    behaviour: Behaviour | None = None
    issues: Scheme | None = None  # the scheme whose token this operation (or its twin) issues


class MockApp:
    """ASGI app serving one document; ``handle`` is the synchronous core (used directly by tests)."""

    def __init__(self, document: dict[str, Any], settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.dialect = Dialect(document)
        self.guard = Guard(document, self.settings.credentials)
        schemas = Schemas(document)
        synthesiser = Synthesiser(document)
        self.router: Router[Endpoint] = Router()
        bases = base_paths(document.get("servers"))
        self.base_paths = bases if "" in bases else [*bases, ""]
        suffixes = [str(s) for s in document.get("x-path-suffixes") or []]
        self.endpoints: dict[str, Endpoint] = {}
        declared = collections(document)
        out = sys.stdout if self.settings.verbose else None
        self.engine = Engine(declared, schemas, self.settings.callback_url, out)
        self.control = Control(self.engine)
        issuers = self._issuers(document)
        for path, _item in (document.get("paths") or {}).items():
            item_at, item_node = schemas.follow(refs.join("/paths", path))
            route: Route[Endpoint] = Route(path)
            for method in METHODS:
                if not isinstance(item_node.get(method), dict):
                    continue
                at = refs.join(item_at, method)
                node = item_node[method]
                security = node["security"] if "security" in node else document.get("security") or []
                responder = Responder(schemas, synthesiser, at, self.settings.seed)
                behaviour = None
                if EXTENSION in node:
                    behaviour = Behaviour(effects(node[EXTENSION], f"#{at}/{EXTENSION}", declared), responder)
                issues, token_property = issuers.get(path, (None, ""))
                if issues is not None:
                    responder.issue(token_property, issues.value)
                endpoint = Endpoint(
                    str(node.get("operationId") or f"{method} {path}"),
                    self.guard.requirement(security),
                    RequestValidator(schemas, item_at, at),
                    responder,
                    behaviour,
                    issues,
                )
                route.methods[method] = endpoint
                self.endpoints[endpoint.operation_id] = endpoint
            self.router.add(path, route, self.base_paths, suffixes)

    def _issuers(self, document: dict[str, Any]) -> dict[str, tuple[Scheme, str]]:
        """Path → (scheme, property) where a scheme's token operation (``x-token-operation``) lives. Every method
        of that path (its GET twin too) answers the credential the mock accepts for the scheme as ``property``, so
        a client that fetches its token from the mock can then use it — for the test login only, if one is set."""
        paths = {str(op.operation_id): op.path for op in operations(document) if op.section == "paths"}
        found: dict[str, tuple[Scheme, str]] = {}
        for name, scheme in ((document.get("components") or {}).get("securitySchemes") or {}).items():
            issued = scheme.get(TOKEN_OPERATION)
            if isinstance(issued, dict) and issued.get("operationId") in paths:
                found[paths[issued["operationId"]]] = (self.guard.schemes[name], str(issued["property"]))
        return found

    def handle(self, request: Request, raw_path: str) -> Reply:
        if raw_path == PREFIX or raw_path.startswith(PREFIX + "/"):
            return self.control.handle(request, raw_path)
        entry: dict[str, Any] = {"method": request.method, "path": raw_path, "operation": None}
        answer = self._vendor(request, raw_path, entry)
        self.engine.record({**entry, "status": answer.status})
        return answer

    def _vendor(self, request: Request, raw_path: str, entry: dict[str, Any]) -> Reply:
        """The answer; ``entry`` (the request log's) learns the operation and what the state did."""
        found = self.router.match(raw_path)
        if found is None:
            return self.dialect.refuse("not-found", f"no operation at {raw_path}")
        route, path_params = found
        endpoint = route.methods.get(request.method.lower())
        if endpoint is None:
            allow = [(b"allow", route.allow.encode())]
            message = f"{request.method} is not allowed on {route.template}; use {route.allow}"
            return self.dialect.refuse("method-not-allowed", message, status=405, headers=allow)
        request.path_params = path_params
        entry["operation"] = endpoint.operation_id
        value, problem = endpoint.validator.decode(request)
        if not self.guard.allows(endpoint.requirement, request, value):
            return self.dialect.refuse("auth", "missing or invalid credentials")
        problem = problem or endpoint.validator.check(request, value)
        if problem is not None:
            return self.dialect.refuse(problem.kind, problem.message)
        issues = endpoint.issues
        if issues is not None and issues.refused is not None and not issues.login_accepted(request, value):
            return endpoint.responder.answer({"example": issues.refused})
        prefer = parse_prefer(request.headers.get("prefer", ""))
        if endpoint.behaviour is not None and not prefer:  # Prefer asks for a documented answer: state is bypassed
            stateful = self.engine.serve(endpoint.behaviour, request, value)
            if stateful is not None:
                answer, entry["state"] = stateful
                return answer
        return endpoint.responder.answer(prefer)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body, refusal = await self._body(scope, receive)
        if refusal is None:
            request = Request.from_scope(scope, body)
            raw_path = scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or scope["path"]
            if raw_path.startswith(PREFIX):  # advancing the clock POSTs webhooks: keep the event loop free
                refusal = await asyncio.to_thread(self.handle, request, raw_path)
            else:
                refusal = self.handle(request, raw_path)
        await send({"type": "http.response.start", "status": refusal.status, "headers": refusal.headers})
        await send({"type": "http.response.body", "body": refusal.body})

    async def _body(self, scope: Scope, receive: Receive) -> tuple[bytes, Reply | None]:
        """The whole request body, or the refusal when it is too large or does not arrive in time."""
        limit = self.settings.max_body_bytes
        too_large = f"request body larger than {limit} bytes"
        for name, value in scope.get("headers") or ():
            if name.lower() == b"content-length" and value.isdigit() and int(value) > limit:
                return b"", self.dialect.refuse("too-large", too_large)
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.settings.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        return b"", self.dialect.refuse("too-large", too_large)
                    chunks.append(chunk)
                    if not message.get("more_body"):
                        break
        except TimeoutError:
            return b"", self.dialect.refuse(
                "validation", f"request body not received within {self.settings.body_timeout}s"
            )
        return b"".join(chunks), None


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
