"""What the mock answers when a request is accepted: the operation's named examples, chosen with ``Prefer``.

* no preference: the first example of the first media type of the lowest declared 2xx response;
* ``Prefer: code=NNN``: that status (exact key, then ``NXX``, then ``default`` sent with status NNN);
* ``Prefer: example=NAME``: the response holding that named example (within ``code`` when both are given);
* ``Prefer: dynamic=true``: a body synthesised from the response schema, reproducible from the seed and the
  operation's call count, validated before it is sent (the example is the fallback).

Unknown codes or example names are ignored, as RFC 7240 allows; ``Preference-Applied`` says what was honoured.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from smsspec import refs
from smsspec.mock.schemas import Schemas, dumps
from smsspec.mock.synth import Synthesiser
from smsspec.mock.wire import Reply, reply

_ATTEMPTS = 20


@dataclass(frozen=True)
class Variant:
    """One response of the operation: its status key, media type, named examples and schema."""

    key: str  # "200", "2XX" or "default"
    media: str | None
    examples: dict[str, Any]
    schema: str | None
    validator: jsonschema_rs.Validator | None

    def status(self, wanted: int | None = None) -> int:
        if self.key.isdigit():
            return int(self.key)
        if wanted is not None:
            return wanted
        return int(self.key[0]) * 100 if self.key[0].isdigit() else 200


class Responder:
    """The responses of one operation, with the default reply prebuilt."""

    def __init__(self, schemas: Schemas, synthesiser: Synthesiser, operation: str, seed: int) -> None:
        self.synthesiser = synthesiser
        self.operation = operation
        self.seed = seed
        self.calls = itertools.count()
        self.variants: list[Variant] = []
        for key in schemas.node(operation).get("responses") or {}:
            at, node = schemas.follow(refs.join(operation, "responses", key))
            content = node.get("content") or {}
            media = next(iter(content), None)
            if media is None:
                self.variants.append(Variant(str(key), None, {}, None, None))
                continue
            spec = content[media]
            examples = {}
            for name in spec.get("examples") or {}:
                example = schemas.follow(refs.join(at, "content", media, "examples", name))[1]
                if isinstance(example, dict) and "value" in example:
                    examples[name] = example["value"]
            schema = refs.join(at, "content", media, "schema") if "schema" in spec else None
            validator = schemas.validator(schema) if schema is not None else None
            self.variants.append(Variant(str(key), media, examples, schema, validator))
        successes = sorted((v for v in self.variants if v.key.startswith("2")), key=lambda v: v.key)
        self.primary = successes[0] if successes else (self.variants[0] if self.variants else None)
        self.default = self._render(self.primary, None, None, [])

    def answer(self, prefer: dict[str, str]) -> Reply:
        if not prefer:
            return self.default
        applied: list[str] = []
        code = prefer.get("code", "")
        wanted = int(code) if code.isdigit() and 100 <= int(code) <= 599 else None
        variant = self._by_code(wanted) if wanted is not None else None
        if variant is not None:
            applied.append(f"code={wanted}")
        name = prefer.get("example")
        if name is not None:
            holder = self._by_example(name, variant)
            if holder is not None:
                variant = holder
                applied.append(f"example={name}")
            else:
                name = None
        variant = variant or self.primary
        if prefer.get("dynamic") == "true" and variant is not None and variant.schema is not None:
            body = self._dynamic(variant)
            if body is not None:
                applied.append("dynamic=true")
                return self._reply(variant, wanted, dumps(body), applied)
        if not applied:  # nothing honoured: the same answer as without Prefer
            return self.default
        return self._render(variant, wanted, name, applied)

    def issue(self, field: str, value: str) -> None:
        """Answer ``value`` as ``field`` of the default example (the token an issuing operation hands out)."""
        variant = self.primary
        body = refs.copy_json(next(iter(variant.examples.values()), None)) if variant is not None else None
        if variant is not None and isinstance(body, dict) and field in body:
            body[field] = value
            self.default = self._reply(variant, None, dumps(body), [])

    def _by_code(self, wanted: int) -> Variant | None:
        text = str(wanted)
        for key in (text, text[0] + "XX", "default"):
            found = next((v for v in self.variants if v.key.upper() == key.upper()), None)
            if found is not None:
                return found
        return None

    def _by_example(self, name: str, within: Variant | None) -> Variant | None:
        candidates = [within] if within is not None else self.variants
        return next((v for v in candidates if name in v.examples), None)

    def _dynamic(self, variant: Variant) -> Any:
        assert variant.schema is not None
        assert variant.validator is not None
        rng = random.Random(f"{self.seed}:{self.operation}:{variant.key}:{next(self.calls)}")
        schema = {"$ref": f"#{variant.schema}"}
        for _ in range(_ATTEMPTS):
            candidate = self.synthesiser.value(schema, rng)
            if variant.validator.is_valid(candidate):
                return candidate
        return None

    def _render(self, variant: Variant | None, wanted: int | None, name: str | None, applied: list[str]) -> Reply:
        if variant is None:
            return reply(204, b"", None)
        if variant.media is None:
            return self._reply(variant, wanted, b"", applied)
        if not variant.examples:  # the house rules require examples; a body is still synthesised without them
            return self._reply(variant, wanted, dumps(self._dynamic(variant)), applied)
        value = variant.examples[name] if name is not None else next(iter(variant.examples.values()))
        return self._reply(variant, wanted, dumps(value), applied)

    def _reply(self, variant: Variant, wanted: int | None, body: bytes, applied: list[str]) -> Reply:
        extra = [(b"preference-applied", ", ".join(applied).encode())] if applied else None
        return reply(variant.status(wanted), body, variant.media if body else None, extra)
