"""The message lifecycle on the virtual clock: each record walks through its collection's declared steps.

The first step applies when the record is created (``queued``, ``scheduled``…); each later step is due
``after`` seconds after the previous one, the first of them counted from the scheduled time when the record
carries one in the future. Recipients ending with a declared magic suffix take that outcome's steps instead
(undeliverable, rejected, expired…). Nothing moves until the clock is advanced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from smsspec.mock.declare import Collection, Step
from smsspec.mock.store import Store, Track

_TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d.%m.%Y %H:%M:%S")


@dataclass(frozen=True)
class Transition:
    """One status change of one record, as the webhook and the log report it."""

    collection: str
    id: str
    record: dict[str, Any]
    changed: dict[str, Any]
    at: float


def scheduled_time(value: Any) -> float | None:
    """A vendor's schedule field (ISO 8601, ``YYYY-MM-DD HH:MM:SS``, ``DD.MM.YYYY H:i:s``) as UTC seconds."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    for fmt in _TIME_FORMATS:
        try:
            moment = datetime.strptime(text.replace("+00:00", "+0000") if "%z" in fmt else text, fmt)
        except ValueError:
            continue
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None


def _apply(store: Store, collection: Collection, ident: str, step: Step) -> dict[str, Any]:
    record = store.records(collection.name)[ident]
    assert collection.lifecycle is not None
    changed = dict(step.set)
    changed.update({name: store.timestamp(collection.lifecycle.time_format) for name in step.stamp})
    record.update(changed)
    history = store.tables.history.setdefault((collection.name, ident), [])
    history.append({"at": store.timestamp("%Y-%m-%dT%H:%M:%SZ"), **changed})
    return changed


def start(store: Store, collection: Collection, ident: str) -> None:
    """Apply the first step to a new record and schedule the rest (call under the store's lock)."""
    life = collection.lifecycle
    if life is None:
        return
    record = store.records(collection.name)[ident]
    steps = list(life.steps_for(record.get(life.recipient)))
    _apply(store, collection, ident, steps[0])
    if len(steps) > 1:
        base = store.tables.now
        planned = scheduled_time(record.get(life.schedule)) if life.schedule else None
        if planned is not None and planned > base:
            base = planned
        store.tables.tracks.append(Track(collection.name, ident, steps[1:], base + steps[1].after))


def next_due(store: Store) -> float | None:
    return min((t.due for t in store.tables.tracks), default=None)


def fire(store: Store) -> list[Transition]:
    """Every step due at the current virtual time, in due order (call under the store's lock)."""
    found: list[Transition] = []
    now = store.tables.now
    for track in sorted(store.tables.tracks, key=lambda t: t.due):
        while track.steps and track.due <= now:
            collection = store.collections[track.collection]
            if track.id not in store.records(track.collection):
                track.steps.clear()  # deleted while in flight
                break
            at = track.due
            step = track.steps.pop(0)
            changed = _apply(store, collection, track.id, step)
            record = dict(store.records(track.collection)[track.id])
            found.append(Transition(track.collection, track.id, record, changed, at))
            if track.steps:
                track.due += track.steps[0].after
    store.tables.tracks = [t for t in store.tables.tracks if t.steps]
    return found
