"""The stateful side of a mock: the store, the lifecycles, the webhook outbox and the virtual clock together.

``serve`` runs an operation's declared effect under the store's lock; ``advance`` moves the virtual clock,
stopping at every moment something is due (a lifecycle step, a webhook attempt), so retries and per-message
order come out the same on every run. Webhooks are POSTed outside the lock, from the thread that advances
the clock — there is no background thread to stop.
"""

from __future__ import annotations

import threading
from typing import Any, TextIO

from smsspec.mock import lifecycle
from smsspec.mock.behaviour import Behaviour, request_view
from smsspec.mock.declare import Collection
from smsspec.mock.schemas import Schemas
from smsspec.mock.store import Store
from smsspec.mock.webhooks import Format, Outbox, client, post
from smsspec.mock.wire import Reply, Request


class Engine:
    def __init__(
        self,
        collections: dict[str, Collection],
        schemas: Schemas,
        callback_url: str | None = None,
        log: TextIO | None = None,
    ) -> None:
        self.store = Store(collections)
        self.outbox = Outbox()
        self.callback_url = callback_url
        self.formats = {
            c.name: Format(schemas, c.webhook, c.fields) for c in collections.values() if c.webhook is not None
        }
        self.out = log
        self._advancing = threading.Lock()

    def say(self, line: str) -> None:
        if self.out is not None:
            print(f"[{self.store.timestamp('%H:%M:%S')}] {line}", file=self.out, flush=True)

    def serve(self, behaviour: Behaviour, request: Request, body: Any) -> tuple[Reply, dict[str, Any]] | None:
        """The stateful answer and what it did to the store (for the request log), or ``None`` when no effect
        applies (the stateless example is sent)."""
        view = request_view(request, body)
        effect = behaviour.choose(view)
        if effect is None:
            return None
        with self.store.lock:
            outcome = behaviour.apply(self.store, effect, view)
            for collection, ident in outcome.created:
                lifecycle.start(self.store, self.store.collections[collection], ident)
                record = self.store.records(collection)[ident]
                if self.store.collections[collection].lifecycle is not None:
                    self.say(f"{collection} {ident}: created, {_status(record, lifecycle_field(self, collection))}")
            did: dict[str, Any] = {"collection": effect.collection, "action": effect.action}
            if effect.action == "list":
                did["count"] = len(outcome.records)
            else:
                id_field = self.store.collections[effect.collection].id.field
                did["ids"] = [str(record.get(id_field)) for record, _ in outcome.records]
            return behaviour.answer(self.store, effect, outcome), did

    def record(self, entry: dict[str, Any]) -> None:
        with self.store.lock:
            self.store.tables.log.append({"at": self.store.timestamp("%Y-%m-%dT%H:%M:%SZ"), **entry})

    def reset(self) -> None:
        with self._advancing, self.store.lock:
            self.store.reset()
            self.outbox.reset()

    def advance(self, seconds: float) -> dict[str, Any]:
        """Move the clock forward, applying every lifecycle step and webhook attempt due on the way."""
        with self._advancing, client() as http:
            with self.store.lock:
                target = self.store.tables.now + max(0.0, seconds)
            changes = attempts = 0
            while True:
                with self.store.lock:
                    due = [t for t in (lifecycle.next_due(self.store), self.outbox.next_due()) if t is not None]
                    if not due or min(due) > target:
                        self.store.tables.now = target
                        break
                    self.store.tables.now = max(self.store.tables.now, min(due))
                    for change in lifecycle.fire(self.store):
                        changes += 1
                        self._queue(change)
                    batch = self.outbox.due(self.store.tables.now)
                for delivery in batch:
                    error = post(http, delivery)
                    attempts += 1
                    with self.store.lock:
                        self.outbox.settle(delivery, error, self.store.tables.now)
                    outcome = "delivered" if error is None else f"failed ({error}), {delivery.state}"
                    self.say(f"webhook #{delivery.number} for {delivery.key} → {delivery.url}: {outcome}")
            return {"now": self.store.timestamp("%Y-%m-%dT%H:%M:%SZ"), "changes": changes, "attempts": attempts}

    def _queue(self, change: lifecycle.Transition) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in change.changed.items())
        self.say(f"{change.collection} {change.id}: {shown}")
        hook = self.formats.get(change.collection)
        if hook is None:
            return
        url = change.record.get(hook.hook.url_field) if hook.hook.url_field else None
        url = url if isinstance(url, str) and url else self.callback_url
        if url:
            self.outbox.add(f"{change.collection}/{change.id}", url, hook.payload(change.record), change.at)

    def webhooks(self) -> list[dict[str, Any]]:
        with self.store.lock:
            return [d.view() for d in self.outbox.deliveries]

    def requests(self) -> list[dict[str, Any]]:
        with self.store.lock:
            return list(self.store.tables.log)


def lifecycle_field(engine: Engine, collection: str) -> list[str]:
    life = engine.store.collections[collection].lifecycle
    return sorted(life.steps[0].set) if life is not None else []


def _status(record: dict[str, Any], names: list[str]) -> str:
    return ", ".join(f"{n}={record.get(n)}" for n in names)
