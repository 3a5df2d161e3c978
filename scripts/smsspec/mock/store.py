"""The mock's state: collections of records, the virtual clock, lifecycles in progress and the request log.

One re-entrant lock guards everything, so concurrent requests never lose a write; ``reset`` swaps in a fresh
``Tables`` under the lock, so it is atomic (a request sees the state entirely before or entirely after it).
Ids are made per collection as declared: counting integers, prefixed strings or UUIDs (derived from the counter,
so a run is reproducible).
"""

from __future__ import annotations

import copy
import functools
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from smsspec.mock.declare import Collection, Step

CLOCK_START = datetime(2025, 1, 1, tzinfo=UTC).timestamp()
LOG_SIZE = 1000


@dataclass
class Track:
    """A record moving through its lifecycle: the steps still to come and when the next one is due."""

    collection: str
    id: str
    steps: list[Step]
    due: float


@dataclass
class Tables:
    """Everything ``reset`` throws away."""

    now: float = CLOCK_START
    records: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    tracks: list[Track] = field(default_factory=list)
    history: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    log: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=LOG_SIZE))


class Store:
    def __init__(self, collections: dict[str, Collection]) -> None:
        self.collections = collections
        self.lock = threading.RLock()
        self.tables = Tables()

    def reset(self) -> None:
        with self.lock:
            self.tables = Tables()

    def records(self, collection: str) -> dict[str, dict[str, Any]]:
        return self.tables.records.setdefault(collection, {})

    def new_id(self, collection: str) -> Any:
        spec = self.collections[collection].id
        count = self.tables.counters.get(collection, 0)
        self.tables.counters[collection] = count + 1
        number = spec.start + count
        if spec.kind == "uuid":
            return str(uuid.UUID(int=(0x5E5 << 64) + number, version=4))
        if spec.kind == "string":
            return f"{spec.prefix}{number}"
        return number

    def find(self, collection: str, by: str, key: Any) -> tuple[str, dict[str, Any]] | None:
        """The first record whose ``by`` field equals ``key`` (compared as text: ``"7"`` finds ``7``)."""
        wanted = str(key)
        for ident, record in self.records(collection).items():
            if str(record.get(by)) == wanted:
                return ident, record
        return None

    def timestamp(self, fmt: str, at: float | None = None) -> str:
        return _formatted(self.tables.now if at is None else at, fmt)

    def snapshot(self) -> dict[str, Any]:
        """The state as the control surface shows it (a copy, consistent under the lock)."""
        with self.lock:
            return copy.deepcopy(
                {
                    "now": self.timestamp("%Y-%m-%dT%H:%M:%SZ"),
                    "collections": {name: list(records.values()) for name, records in self.tables.records.items()},
                    "history": {f"{c}/{i}": h for (c, i), h in self.tables.history.items()},
                }
            )


@functools.lru_cache(maxsize=256)
def _formatted(at: float, fmt: str) -> str:
    """A virtual time as text; the clock stands still between advances, so one request after another asks the same."""
    return datetime.fromtimestamp(at, UTC).strftime(fmt)
