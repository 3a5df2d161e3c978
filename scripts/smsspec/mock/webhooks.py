"""Delivery webhooks: each status change POSTed in the vendor's webhook format, in order, retried with back-off.

The payload is the first example of the document's ``webhooks`` entry with the record written over it
(``render.fill``), validated against the webhook's schema before it is queued. Deliveries of one message go
out strictly in order: a later one waits while an earlier one is being retried. A failed attempt (transport
error or a non-2xx answer) is retried after 1, 2, 4, 8… virtual seconds, at most ``MAX_ATTEMPTS`` times; time
is the mock's virtual clock, so retries happen when the clock is advanced, never on a wall-clock timer.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from smsspec import refs
from smsspec.mock.declare import Webhook
from smsspec.mock.render import fill, prune, unsent
from smsspec.mock.schemas import Schemas, dumps

if TYPE_CHECKING:  # httpx is imported when a webhook goes out: a sixth of the mock's start-up otherwise
    import httpx

MAX_ATTEMPTS = 6
BACKOFF = 1.0
TIMEOUT = 5.0


@dataclass
class Delivery:
    number: int
    key: str  # the message it is about: deliveries with the same key go out in order
    url: str
    payload: dict[str, Any]
    due: float
    attempts: int = 0
    state: str = "pending"  # pending, delivered, failed
    errors: list[str] = field(default_factory=list)

    def view(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "message": self.key,
            "url": self.url,
            "payload": self.payload,
            "attempts": self.attempts,
            "state": self.state,
            "errors": list(self.errors),
        }


class Format:
    """One webhook of the document: its example template and compiled schema."""

    def __init__(self, schemas: Schemas, hook: Webhook, known: frozenset[str] = frozenset()) -> None:
        self.hook = hook
        self.known = known  # the collection's record fields: the example's values of those a record lacks go
        at = refs.join("/webhooks", hook.name, "post", "requestBody")
        body_at = schemas.follow(at)[0]
        media_at = refs.join(body_at, "content", "application/json")
        self.validator: jsonschema_rs.Validator = schemas.validator(refs.join(media_at, "schema"))
        examples = schemas.node(media_at).get("examples") or {}
        first = next(iter(examples), None)
        self.template: Any = schemas.follow(refs.join(media_at, "examples", first))[1].get("value") if first else {}

    def payload(self, record: dict[str, Any]) -> dict[str, Any]:
        body = fill(self.template, record, self.hook.fields, {})
        leaks = [refs.join("", key) for key in unsent(self.template, record, self.hook.fields, self.known)]
        body = prune(body, leaks, self.validator.is_valid) if self.validator.is_valid(body) else body
        if not self.validator.is_valid(body):
            error = next(iter(self.validator.iter_errors(body)))
            raise ValueError(f"webhook {self.hook.name}: payload does not match its schema: {error.message}")
        return dict(body)


class Outbox:
    """Deliveries waiting, in flight or done (call its methods under the store's lock)."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self._numbers = itertools.count(1)

    def reset(self) -> None:
        self.deliveries = []

    def add(self, key: str, url: str, payload: dict[str, Any], now: float) -> None:
        self.deliveries.append(Delivery(next(self._numbers), key, url, payload, now))

    def heads(self) -> list[Delivery]:
        """The oldest pending delivery of each message."""
        seen: set[str] = set()
        found = []
        for delivery in self.deliveries:
            if delivery.state == "pending" and delivery.key not in seen:
                seen.add(delivery.key)
                found.append(delivery)
        return found

    def next_due(self) -> float | None:
        return min((d.due for d in self.heads()), default=None)

    def due(self, now: float) -> list[Delivery]:
        return [d for d in self.heads() if d.due <= now]

    def settle(self, delivery: Delivery, error: str | None, now: float) -> None:
        delivery.attempts += 1
        if error is None:
            delivery.state = "delivered"
            return
        delivery.errors.append(error)
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.state = "failed"
        else:
            delivery.due = now + BACKOFF * 2 ** (delivery.attempts - 1)


def post(client: httpx.Client, delivery: Delivery) -> str | None:
    """One attempt; ``None`` when the receiver answered 2xx, else why it failed."""
    import httpx

    try:
        answer = client.post(
            delivery.url, content=dumps(delivery.payload), headers={"content-type": "application/json"}
        )
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if answer.is_success else f"HTTP {answer.status_code}"


def client() -> httpx.Client:
    import httpx

    return httpx.Client(timeout=TIMEOUT, trust_env=False)
