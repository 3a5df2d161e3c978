"""The control surface under ``/__mock__/``, outside every vendor's paths (documented in the README).

``POST /__mock__/reset``, ``POST /__mock__/clock/advance?seconds=N``, ``GET /__mock__/clock``,
``GET /__mock__/state``, ``GET /__mock__/requests``, ``GET /__mock__/webhooks``, and a built-in webhook
receiver: ``POST /__mock__/inbox`` records a JSON body, ``GET /__mock__/inbox`` lists them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from smsspec.mock.engine import Engine
from smsspec.mock.schemas import dumps
from smsspec.mock.wire import Reply, Request, reply

PREFIX = "/__mock__"


def _json(value: Any, status: int = 200) -> Reply:
    return reply(status, dumps(value), "application/json")


class Control:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.inbox: list[Any] = []
        self.routes: dict[tuple[str, str], Callable[[Request], Reply]] = {
            ("POST", "/reset"): self._reset,
            ("POST", "/clock/advance"): self._advance,
            ("GET", "/clock"): lambda _: _json({"now": self.engine.store.timestamp("%Y-%m-%dT%H:%M:%SZ")}),
            ("GET", "/state"): lambda _: _json(self.engine.store.snapshot()),
            ("GET", "/requests"): lambda _: _json(self.engine.requests()),
            ("GET", "/webhooks"): lambda _: _json(self.engine.webhooks()),
            ("POST", "/inbox"): self._receive,
            ("GET", "/inbox"): lambda _: _json(list(self.inbox)),
        }

    def handle(self, request: Request, path: str) -> Reply:
        route = self.routes.get((request.method.upper(), path[len(PREFIX) :].rstrip("/") or "/"))
        if route is None:
            known = ", ".join(f"{m} {PREFIX}{p}" for m, p in self.routes)
            return _json({"error": f"no control operation {request.method} {path}; use one of {known}"}, 404)
        return route(request)

    def _reset(self, _: Request) -> Reply:
        self.engine.reset()
        with self.engine.store.lock:
            self.inbox.clear()
        return _json({"reset": True})

    def _advance(self, request: Request) -> Reply:
        raw = next((v for k, v in request.query if k == "seconds"), None)
        if raw is None and request.body:
            try:
                raw = json.loads(request.body).get("seconds")
            except (ValueError, AttributeError):
                raw = None
        try:
            seconds = float(raw) if raw is not None else float("nan")
        except (TypeError, ValueError):
            seconds = float("nan")
        if not seconds >= 0:
            return _json({"error": 'give seconds ≥ 0: ?seconds=N or {"seconds": N}'}, 400)
        return _json(self.engine.advance(seconds))

    def _receive(self, request: Request) -> Reply:
        try:
            payload = json.loads(request.body)
        except ValueError:
            return _json({"error": "the inbox takes JSON bodies"}, 400)
        with self.engine.store.lock:
            self.inbox.append(payload)
        self.engine.say(f"inbox received {request.body.decode('utf-8', 'replace')}")
        return _json({"received": len(self.inbox)})
