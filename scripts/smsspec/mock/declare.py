"""The stateful mock as the document declares it: ``x-mock-state`` at the root and on operations.

The root declares the collections (how ids are made, the message lifecycle, the delivery webhook); each
operation declares what it does to a collection (create, list, get, update, delete), where ids and fields are
in the request and where records go in the response (see ``specs/extensions.md``). A collection's fields are
gathered from all of them, so an answer can tell a field the record lacks (it was not sent) from one that is not
about the record at all. Parsing turns the extension into frozen dataclasses once at start-up; a malformed one is
a ``StateError`` naming its JSON pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smsspec.operations import operations

EXTENSION = "x-mock-state"
ACTIONS = ("create", "list", "get", "update", "delete")
ID_KINDS = ("integer", "string", "uuid")


class StateError(ValueError):
    """``x-mock-state`` is malformed; the message names the pointer and what to write there."""


@dataclass(frozen=True)
class IdSpec:
    field: str
    kind: str  # integer, string (prefix + counter), uuid
    start: int
    prefix: str


@dataclass(frozen=True)
class Step:
    after: float  # seconds after the previous step (the first: after creation or the scheduled time)
    set: dict[str, Any]
    stamp: tuple[str, ...]  # fields set to the virtual time when the step happens


@dataclass(frozen=True)
class Magic:
    suffix: str  # a recipient ending with this takes the outcome's steps
    outcome: str
    steps: tuple[Step, ...]  # empty when the recipient is refused
    refuse: bool = False  # refused at send time: nothing is stored, the create answers its ``refused`` example


@dataclass(frozen=True)
class Lifecycle:
    recipient: str
    schedule: str | None
    time_format: str
    steps: tuple[Step, ...]
    magic: tuple[Magic, ...]

    def steps_for(self, recipient: Any) -> tuple[Step, ...]:
        text = str(recipient or "")
        return next((m.steps for m in self.magic if text.endswith(m.suffix) and not m.refuse), self.steps)

    def refuses(self, recipient: Any) -> bool:
        """Whether the vendor refuses this recipient when the message is sent (an invalid number)."""
        text = str(recipient or "")
        return any(m.refuse and text.endswith(m.suffix) for m in self.magic)


@dataclass(frozen=True)
class Webhook:
    name: str  # the key under the document's ``webhooks``
    url_field: str | None  # record field holding a per-message callback URL (the vendor's own field)
    fields: dict[str, Any]  # payload field ← record field (or {const: value})


@dataclass(frozen=True)
class Collection:
    name: str
    id: IdSpec
    lifecycle: Lifecycle | None
    webhook: Webhook | None
    fields: frozenset[str] = frozenset()  # every record field: the id, what creates and updates write, the lifecycle's


@dataclass(frozen=True)
class Render:
    at: str  # JSON pointer in the response template
    collection: str | None  # another collection to render (list), default the effect's
    fields: dict[str, Any]  # response field ← record field, ``$outcome``, ``$count`` or {const: value}
    example: str | None  # the named example used as template (default: the operation's default answer)


@dataclass(frozen=True)
class Cascade:
    collection: str
    field: str  # records of ``collection`` whose ``field`` holds a deleted id are deleted too
    when: str  # request pointer that must be true


@dataclass(frozen=True)
class Effect:
    collection: str
    action: str
    when: str | None
    each: tuple[str, ...]  # nested arrays, outermost first; each pointer is read in the scope of the one before
    fields: dict[str, str]
    id: str | None
    by: str | None
    keep: str | None
    filter: dict[str, str]
    cascade: Cascade | None
    response: tuple[Render, ...]
    missing: str | None
    refused: Render | None  # the answer when every recipient of a create was refused (``refuse`` magic)


def _dict(node: Any, where: str) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise StateError(f"{where}: must be an object (specs/extensions.md, {EXTENSION})")
    return node


def _str(node: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = node.get(key, default)
    if not isinstance(value, str):
        raise StateError(f"{where}/{key}: must be a string")
    return value


def _each(node: Any, where: str) -> tuple[str, ...]:
    """``each``: one pointer, or a list of them for arrays inside arrays (``[/body/messages, /item/to]``)."""
    pointers = [node] if isinstance(node, str) else node if isinstance(node, list) else []
    if node is not None and (not pointers or not all(isinstance(p, str) and p.startswith("/") for p in pointers)):
        raise StateError(f"{where}: give a request pointer, or a list of them for nested arrays")
    return tuple(pointers)


def _opt(node: dict[str, Any], key: str, where: str) -> str | None:
    return _str(node, key, where) if key in node else None


def _steps(node: Any, where: str) -> tuple[Step, ...]:
    if not isinstance(node, list) or not node:
        raise StateError(f"{where}: must be a non-empty list of steps {{after, set, stamp}}")
    found = []
    for index, raw in enumerate(node):
        step = _dict(raw, f"{where}/{index}")
        after = step.get("after", 0)
        if not isinstance(after, int | float) or after < 0:
            raise StateError(f"{where}/{index}/after: must be a number of seconds ≥ 0")
        found.append(
            Step(float(after), dict(_dict(step.get("set", {}), f"{where}/{index}/set")), tuple(step.get("stamp") or ()))
        )
    return tuple(found)


def collections(document: dict[str, Any]) -> dict[str, Collection]:
    """The collections the root declares (none when the document has no ``x-mock-state``)."""
    root = document.get(EXTENSION)
    if root is None:
        return {}
    where = f"#/{EXTENSION}/collections"
    written = _written(document)
    found: dict[str, Collection] = {}
    for name, raw in _dict(_dict(root, f"#/{EXTENSION}").get("collections"), where).items():
        at = f"{where}/{name}"
        spec = _dict(raw, at)
        ident = _dict(spec.get("id", {}), f"{at}/id")
        kind = _str(ident, "kind", f"{at}/id", "integer")
        if kind not in ID_KINDS:
            raise StateError(f"{at}/id/kind: {kind!r} is not one of {', '.join(ID_KINDS)}")
        id_spec = IdSpec(
            _str(ident, "field", f"{at}/id", "id"), kind, int(ident.get("start", 1)), str(ident.get("prefix", ""))
        )
        lifecycle = None
        if "lifecycle" in spec:
            life = _dict(spec["lifecycle"], f"{at}/lifecycle")
            magic = []
            for index, raw_magic in enumerate(life.get("magic") or []):
                m_at = f"{at}/lifecycle/magic/{index}"
                entry = _dict(raw_magic, m_at)
                refuse = entry.get("refuse", False) is True
                steps = () if refuse else _steps(entry.get("steps"), f"{m_at}/steps")
                magic.append(Magic(_str(entry, "suffix", m_at), _str(entry, "outcome", m_at), steps, refuse))
            lifecycle = Lifecycle(
                _str(life, "recipient", f"{at}/lifecycle"),
                _opt(life, "schedule", f"{at}/lifecycle"),
                _str(life, "time-format", f"{at}/lifecycle", "%Y-%m-%d %H:%M:%S"),
                _steps(life.get("steps"), f"{at}/lifecycle/steps"),
                tuple(magic),
            )
        webhook = None
        if "webhook" in spec:
            hook = _dict(spec["webhook"], f"{at}/webhook")
            webhook_name = _str(hook, "name", f"{at}/webhook")
            if webhook_name not in (document.get("webhooks") or {}):
                raise StateError(f"{at}/webhook/name: no webhook {webhook_name!r} under #/webhooks")
            webhook = Webhook(webhook_name, _opt(hook, "url-field", f"{at}/webhook"), dict(hook.get("fields") or {}))
        fields = {id_spec.field, *written.get(name, ())}
        if lifecycle is not None:
            every = [*lifecycle.steps, *(step for m in lifecycle.magic for step in m.steps)]
            fields.update(key for step in every for key in (*step.set, *step.stamp))
        found[name] = Collection(name, id_spec, lifecycle, webhook, frozenset(fields))
    return found


def _written(document: dict[str, Any]) -> dict[str, set[str]]:
    """Collection → the record fields its operations' creates and updates write. Lenient: ``effects`` reports a
    malformed declaration when the operation is served."""
    found: dict[str, set[str]] = {}
    for operation in operations(document):
        node = operation.node.get(EXTENSION)
        for raw in node if isinstance(node, list) else [node]:
            if (
                isinstance(raw, dict)
                and raw.get("action") in ("create", "update")
                and isinstance(raw.get("fields"), dict)
            ):
                found.setdefault(str(raw.get("collection")), set()).update(str(key) for key in raw["fields"])
    return found


def effects(node: Any, where: str, known: dict[str, Collection]) -> tuple[Effect, ...]:
    """An operation's ``x-mock-state``: one effect, or a list of effects chosen by their ``when``."""
    raw_list = node if isinstance(node, list) else [node]
    return tuple(
        _effect(raw, f"{where}/{i}" if isinstance(node, list) else where, known) for i, raw in enumerate(raw_list)
    )


def _effect(raw: Any, where: str, known: dict[str, Collection]) -> Effect:
    spec = _dict(raw, where)
    collection = _str(spec, "collection", where)
    if collection not in known:
        raise StateError(f"{where}/collection: {collection!r} is not declared under #/{EXTENSION}/collections")
    action = _str(spec, "action", where)
    if action not in ACTIONS:
        raise StateError(f"{where}/action: {action!r} is not one of {', '.join(ACTIONS)}")
    renders = spec.get("response") or []
    renders = renders if isinstance(renders, list) else [renders]
    response = [_render(item, f"{where}/response/{index}", known) for index, item in enumerate(renders)]
    refused = _render(spec["refused"], f"{where}/refused", known) if "refused" in spec else None
    if refused is not None and refused.example is None:
        raise StateError(f"{where}/refused/example: name the example answered when every recipient is refused")
    cascade = None
    if "cascade" in spec:
        c_at = f"{where}/cascade"
        c = _dict(spec["cascade"], c_at)
        cascade = Cascade(_str(c, "collection", c_at), _str(c, "field", c_at), _str(c, "when", c_at))
    return Effect(
        collection=collection,
        action=action,
        when=_opt(spec, "when", where),
        each=_each(spec.get("each"), f"{where}/each"),
        fields={str(k): str(v) for k, v in _dict(spec.get("fields", {}), f"{where}/fields").items()},
        id=_opt(spec, "id", where),
        by=_opt(spec, "by", where),
        keep=_opt(spec, "keep", where),
        filter={str(k): str(v) for k, v in _dict(spec.get("filter", {}), f"{where}/filter").items()},
        cascade=cascade,
        response=tuple(response) or (Render("", None, {}, None),),
        missing=_opt(spec, "missing", where),
        refused=refused,
    )


def _render(item: Any, where: str, known: dict[str, Collection]) -> Render:
    render = _dict(item, where)
    other = _opt(render, "collection", where)
    if other is not None and other not in known:
        raise StateError(f"{where}/collection: {other!r} is not declared")
    return Render(
        _str(render, "at", where, ""), other, dict(render.get("fields") or {}), _opt(render, "example", where)
    )
