"""The vendor's error dialect: which status and body the mock answers when it refuses a request.

Read from the root extension ``x-error-dialect`` (see ``specs/extensions.md``): for each kind of refusal a
status, an example (after bundling, ``{$ref: '#/components/examples/X'}``) and optionally the JSON pointer in
the example's value where the violation is written. The engine only ever names a kind; what the vendor sends
for it is data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smsspec import refs
from smsspec.mock.schemas import dumps
from smsspec.mock.wire import Headers, Reply, reply

EXTENSION = "x-error-dialect"
# kind -> the kind it falls back to when the spec does not declare it
KINDS: dict[str, str | None] = {
    "validation": None,
    "auth": None,
    "not-found": None,
    "method-not-allowed": "not-found",
    "too-large": "validation",
    "media-type": "validation",
}


class DialectError(ValueError):
    """The extension is missing or malformed; the message names the pointer and what to write there."""


@dataclass(frozen=True)
class ErrorShape:
    """One kind of refusal: its status, media type, example body and where the message goes."""

    kind: str
    status: int
    media_type: str
    body: Any
    message_at: str | None

    def render(self, message: str, status: int | None = None, headers: Headers | None = None) -> Reply:
        body = self.body
        if self.message_at is not None:
            body = refs.copy_json(body)
            parent_pointer, _, last = self.message_at.rpartition("/")
            parent = refs.resolve(body, parent_pointer)
            parent[refs.unescape(last)] = message
        return reply(status or self.status, dumps(body), self.media_type, headers)


class Dialect:
    """Every kind of refusal of one document, resolved at start-up."""

    def __init__(self, document: dict[str, Any]) -> None:
        declared = document.get(EXTENSION)
        if not isinstance(declared, dict):
            raise DialectError(f"#/{EXTENSION}: missing; declare the vendor's error answers (specs/extensions.md)")
        self.shapes: dict[str, ErrorShape] = {}
        for kind, fallback in KINDS.items():
            if kind in declared:
                self.shapes[kind] = _shape(document, kind, declared[kind])
            elif fallback is None:
                raise DialectError(f"#/{EXTENSION}/{kind}: missing; every dialect declares {kind}")
            else:
                self.shapes[kind] = self.shapes[fallback]
        unknown = sorted(set(declared) - set(KINDS))
        if unknown:
            raise DialectError(f"#/{EXTENSION}/{unknown[0]}: unknown kind; use one of {', '.join(KINDS)}")

    def refuse(self, kind: str, message: str, status: int | None = None, headers: Headers | None = None) -> Reply:
        return self.shapes[kind].render(message, status, headers)


def _shape(document: dict[str, Any], kind: str, spec: Any) -> ErrorShape:
    where = f"#/{EXTENSION}/{kind}"
    if not isinstance(spec, dict) or not isinstance(spec.get("status"), int):
        raise DialectError(f"{where}: needs an integer status, an example $ref and optionally a message pointer")
    example = spec.get("example")
    try:
        while isinstance(example, dict) and isinstance(example.get("$ref"), str):
            example = refs.resolve(document, refs.split_ref(example["$ref"])[1])
    except LookupError as exc:
        raise DialectError(f"{where}/example: {exc}; point $ref at an example component") from None
    if not isinstance(example, dict) or "value" not in example:
        raise DialectError(f"{where}/example: must reference an example object with a value")
    message_at = spec.get("message")
    if message_at is not None:
        try:
            parent = refs.resolve(example["value"], str(message_at).rpartition("/")[0])
        except LookupError as exc:
            raise DialectError(f"{where}/message: {exc} in the example's value") from None
        if not isinstance(parent, dict):
            raise DialectError(f"{where}/message: must point at a member of an object in the example's value")
    media_type = str(spec.get("contentType") or "application/json")
    return ErrorShape(kind, spec["status"], media_type, example["value"], message_at)
