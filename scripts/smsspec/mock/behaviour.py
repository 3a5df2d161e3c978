"""What an operation with ``x-mock-state`` does to the store, and the answer it builds from the records.

The request is seen as one JSON value, ``{body, query, path, header}``, so the declaration addresses any of it
by JSON pointer (``/body/phones``, ``/query/id``, ``/path/reference``; inside ``each`` also ``/item`` and, for
nested arrays, ``/parent``, the element of the enclosing one). The
answer is the operation's example with the records written in (``render``), without the example's values of
fields the records lack; when it does not validate against the response schema the stateless example is sent
instead, so the mock never answers outside its spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from smsspec import refs
from smsspec.mock.declare import Effect, Render
from smsspec.mock.render import MISSING, as_list, fill, lookup, place, prune, truthy, unsent
from smsspec.mock.responses import Responder, Variant
from smsspec.mock.schemas import dumps
from smsspec.mock.store import Store
from smsspec.mock.wire import Reply, Request, reply


def request_view(request: Request, body: Any) -> dict[str, Any]:
    query: dict[str, Any] = {}
    for key, value in request.query:
        query.setdefault(key, value)
    return {
        "body": body if body is not None else {},
        "query": query,
        "path": request.path_params,
        "header": request.headers,
    }


@dataclass
class Outcome:
    """What an effect did: the records it touched (with ``$outcome``) and those it created, for the lifecycle."""

    records: list[tuple[dict[str, Any], str]]
    created: list[tuple[str, str]]  # (collection, id)
    found: bool = True
    refused: list[tuple[dict[str, Any], str]] = field(default_factory=list)  # items refused at send, not stored


def _scopes(view: dict[str, Any], each: tuple[str, ...]) -> list[dict[str, Any]]:
    """The request view once per element of the ``each`` arrays (nested ones flattened, outermost first), with
    ``item`` the element and ``parent`` the enclosing array's element; the view itself when there is no ``each``."""
    scopes = [view]
    for pointer in each:
        scopes = [{**s, "parent": s.get("item"), "item": i} for s in scopes for i in as_list(lookup(s, pointer))]
    return scopes


class Behaviour:
    """The effects of one operation and how its answer is rendered."""

    def __init__(self, effects: tuple[Effect, ...], responder: Responder) -> None:
        self.effects = effects
        self.responder = responder

    def choose(self, view: dict[str, Any]) -> Effect | None:
        return next((e for e in self.effects if e.when is None or lookup(view, e.when) is not MISSING), None)

    def apply(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        """Change the store (call under its lock)."""
        return getattr(self, "_" + effect.action)(store, effect, view)  # type: ignore[no-any-return]

    def _create(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        id_field = store.collections[effect.collection].id.field
        outcome = Outcome([], [])
        keep = effect.keep is not None and truthy(lookup(view, effect.keep))
        for scope in _scopes(view, effect.each):
            fields = {k: lookup(scope, p) for k, p in effect.fields.items()}
            record = {k: v for k, v in fields.items() if v is not MISSING}
            life = store.collections[effect.collection].lifecycle
            if life is not None and life.refuses(record.get(life.recipient)):
                outcome.refused.append((record, "refused"))
                continue
            records = store.records(effect.collection)
            existing = str(record[id_field]) if id_field in record else None
            if existing is not None and existing in records:
                if not keep:
                    records[existing].update(record)
                outcome.records.append((records[existing], "skipped" if keep else "updated"))
                continue
            if existing is None:
                record[id_field] = store.new_id(effect.collection)
            key = str(record[id_field])
            records[key] = record
            outcome.records.append((record, "added"))
            outcome.created.append((effect.collection, key))
        return outcome

    def _targets(self, store: Store, effect: Effect, view: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        by = effect.by or store.collections[effect.collection].id.field
        found = []
        for key in as_list(lookup(view, effect.id or "")):
            hit = store.find(effect.collection, by, key)
            if hit is not None:
                found.append(hit)
        return found

    def _get(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        hits = self._targets(store, effect, view)
        return Outcome([(dict(r), "found") for _, r in hits[:1]], [], bool(hits))

    def _update(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        hits = self._targets(store, effect, view)
        for _, record in hits:
            record.update({k: v for k, p in effect.fields.items() if (v := lookup(view, p)) is not MISSING})
        return Outcome([(dict(r), "updated") for _, r in hits], [], bool(hits))

    def _delete(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        hits = self._targets(store, effect, view)
        records = store.records(effect.collection)
        for key, _ in hits:
            records.pop(key, None)
        cascade = effect.cascade
        if cascade is not None and hits and truthy(lookup(view, cascade.when)):
            deleted = {str(r.get(store.collections[effect.collection].id.field)) for _, r in hits}
            others = store.records(cascade.collection)
            for key in [k for k, r in others.items() if {str(v) for v in as_list(r.get(cascade.field))} & deleted]:
                others.pop(key)
        return Outcome([(r, "deleted") for _, r in hits], [], bool(hits))

    def _list(self, store: Store, effect: Effect, view: dict[str, Any]) -> Outcome:
        wanted = {f: lookup(view, p) for f, p in effect.filter.items()}
        wanted = {f: {str(v) for v in as_list(w)} for f, w in wanted.items() if w is not MISSING and w != ""}
        chosen = []
        for record in store.records(effect.collection).values():
            if all({str(v) for v in as_list(record.get(f))} & w for f, w in wanted.items()):
                chosen.append((dict(record), "found"))
        return Outcome(chosen, [])

    def answer(self, store: Store, effect: Effect, outcome: Outcome) -> Reply:
        """The reply for what the effect did (call under the store's lock: lists read other collections)."""
        if not outcome.found and effect.missing is not None:
            return self.responder.answer({"example": effect.missing})
        if not outcome.found:
            return self.responder.default
        renders = effect.response
        if outcome.refused and not outcome.records and effect.refused is not None:
            renders, outcome = (effect.refused,), Outcome(outcome.refused, [])
        variant, body = self._template(renders[0].example if renders else None)
        if variant is None or variant.validator is None:
            return self.responder.default
        leaks: list[str] = []
        for render in renders:
            value, unsent = self._rendered(store, effect, render, outcome, lookup(body, render.at))
            body = place(body, render.at, value)
            leaks += [render.at + pointer for pointer in unsent]
        if not variant.validator.is_valid(body):
            return self.responder.default
        body = prune(body, leaks, variant.validator.is_valid)
        return reply(variant.status(), dumps(body), variant.media)

    def _template(self, name: str | None) -> tuple[Variant | None, Any]:
        variant = self.responder.primary
        if name is not None:
            variant = next((v for v in self.responder.variants if name in v.examples), variant)
        if variant is None or not variant.examples:
            return variant, None
        value = (
            variant.examples[name]
            if name is not None and name in variant.examples
            else next(iter(variant.examples.values()))
        )
        return variant, refs.copy_json(value)

    def _rendered(
        self, store: Store, effect: Effect, render: Render, outcome: Outcome, template: Any
    ) -> tuple[Any, list[str]]:
        """The records written into the template, and the pointers (relative to it) of keys left from the example
        for fields the records lack."""
        collection = store.collections[render.collection or effect.collection]
        records = outcome.records
        if render.collection is not None and render.collection != effect.collection:
            records = [(dict(r), "found") for r in store.records(render.collection).values()]
        extras = {"$count": len(records)}
        fields, known = render.fields, collection.fields
        if isinstance(template, list):
            item = template[0] if template else {}
            filled = [fill(item, record, fields, {**extras, "$outcome": how}) for record, how in records]
            leaks = [refs.join("", i, k) for i, (r, _) in enumerate(records) for k in unsent(item, r, fields, known)]
            return filled, leaks
        if isinstance(template, dict) and template and all(k.isdigit() for k in template):  # a map keyed by id
            item = next(iter(template.values()))
            keyed = {str(r.get(collection.id.field)): r for r, _ in records}
            leaks = [refs.join("", i, k) for i, r in keyed.items() for k in unsent(item, r, fields, known)]
            return {i: fill(item, r, fields, extras) for i, r in keyed.items()}, leaks
        if not records:
            return template, []
        record, how = records[0]
        leaks = [refs.join("", k) for k in unsent(template, record, fields, known)]
        return fill(template, record, fields, {**extras, "$outcome": how}), leaks
