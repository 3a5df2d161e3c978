"""Every response the mock can send validates against the spec: examples, Prefer choices, dynamic bodies, errors."""

from __future__ import annotations

import json
from typing import Any

from smsspec import refs
from smsspec.mock.app import MockApp, Settings
from smsspec.mock.schemas import Schemas
from smsspec.mock.wire import Reply
from tests.mock.conftest import document


def _schema_for(schemas: Schemas, operation: str, status: int) -> str | None:
    """The response schema pointer of ``operation`` for ``status`` (exact, NXX, default), None without body."""
    responses = schemas.node(operation)["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            at, node = schemas.follow(refs.join(operation, "responses", key))
            content = node.get("content") or {}
            media = next(iter(content), None)
            return refs.join(at, "content", media, "schema") if media is not None else None
    raise AssertionError(f"{operation}: status {status} is not declared")


def _assert_valid(schemas: Schemas, operation: str, reply: Reply) -> None:
    pointer = _schema_for(schemas, operation, reply.status)
    if pointer is None:
        assert reply.body == b""
        return
    body = json.loads(reply.body)
    errors = [e.message for e in schemas.validator(pointer).iter_errors(body)]
    assert not errors, f"{operation} {reply.status}: {errors[:3]}"


def _endpoints(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = []
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                found.append((path, method, refs.join("/paths", path, method)))
    return found


def test_every_example_of_every_response_is_served_valid(provider: str) -> None:
    doc = document(provider)
    app, schemas = MockApp(doc), Schemas(doc)
    served = 0
    for _, method, pointer in _endpoints(doc):
        responder = app.endpoints[doc["paths"][refs.unescape(pointer.split("/")[2])][method]["operationId"]].responder
        for variant in responder.variants:
            status = variant.status(599 if variant.key == "default" else None)
            for name in variant.examples or [""]:
                reply = responder.answer({"code": str(status), "example": name} if name else {"code": str(status)})
                assert reply.status == status
                _assert_valid(schemas, pointer, reply)
                served += 1
    assert served > len(_endpoints(doc))


def test_dynamic_bodies_are_synthesised_valid_and_reproducible_from_the_seed(provider: str) -> None:
    doc = document(provider)
    first, again, schemas = MockApp(doc, Settings(seed=7)), MockApp(doc, Settings(seed=7)), Schemas(doc)
    for _, _, pointer in _endpoints(doc):
        operation_id = schemas.node(pointer)["operationId"]
        for variant in first.endpoints[operation_id].responder.variants:
            prefer = {"code": str(variant.status(599)), "dynamic": "true"}
            for _ in range(5):
                reply = first.endpoints[operation_id].responder.answer(prefer)
                _assert_valid(schemas, pointer, reply)
                assert reply == again.endpoints[operation_id].responder.answer(prefer)
                if variant.schema is not None:  # synthesised, not the example fallback
                    applied = dict(reply.headers).get(b"preference-applied", b"")
                    assert b"dynamic=true" in applied, f"{operation_id} {variant.key}: no valid body synthesised"


def test_dialect_refusals_are_valid_responses_of_every_operation(provider: str) -> None:
    doc = document(provider)
    app, schemas = MockApp(doc), Schemas(doc)
    for _, _, pointer in _endpoints(doc):
        for kind in ("validation", "auth", "too-large", "media-type"):
            _assert_valid(schemas, pointer, app.dialect.refuse(kind, f"{kind} problem"))


def test_prefer_without_a_match_falls_back_to_the_default_example(provider: str) -> None:
    app = MockApp(document(provider))
    for endpoint in app.endpoints.values():
        default = endpoint.responder.answer({})
        assert 200 <= default.status < 300
        assert endpoint.responder.answer({"code": "999", "example": "no-such-example"}) == default
