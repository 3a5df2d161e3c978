"""Client property tests: every operation of every generated client against its provider's mock over real HTTP.

* Inputs: Hypothesis draws valid parameters and bodies from the operation's schemas, the client's typed objects
  are built from them (``from_dict`` for models) and sent with ``sync_detailed``, asking with ``Prefer`` for the
  documented success (so the stateful mock's bookkeeping plays no part). The mock validates every request
  before it answers, so that success proves the client serialised the inputs correctly; anything else fails
  with the mock's own refusal message.
* Responses: every documented response and named example is requested with ``Prefer: code=…, example=…``
  (and ``dynamic=true`` for bodies synthesised from the schema); the client must parse each into the model
  of its schema.

Fixed seed; ``SMSSPEC_PROPERTY_EXAMPLES`` (default 8) sets the examples per operation and
``SMSSPEC_PROPERTY_SEED`` the seed (``make properties-deep EXAMPLES=200 [SEED=n]`` runs the longer mode).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsspec.generate import naming

from .calls import BODY, Call, response_schema
from .conftest import CASES, Mock, Mocks
from .strategies import SchemaStrategies, jsonable

EXAMPLES = int(os.environ.get("SMSSPEC_PROPERTY_EXAMPLES", "8"))
SEED = int(os.environ.get("SMSSPEC_PROPERTY_SEED", "20240604"))
DYNAMIC_BODIES = 3  # synthesised bodies per documented response
REPRODUCE = f"(SMSSPEC_PROPERTY_SEED={SEED}, SMSSPEC_PROPERTY_EXAMPLES={EXAMPLES})"


@pytest.mark.parametrize(("provider", "operation_id"), CASES)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
@hypothesis.seed(SEED)
@given(data=st.data())
def test_the_mock_accepts_what_the_client_sends(provider: str, operation_id: str, mocks: Mocks, data: Any) -> None:
    mock = mocks[provider]
    target = mock.call(operation_id)
    values = data.draw(mock.strategy(operation_id), label="inputs")
    client = data.draw(st.sampled_from(mock.clients), label="client") if len(mock.clients) > 1 else mock.clients[0]
    _assert_accepted(mock, target, values, client)


def test_both_documented_schedule_time_forms_survive_the_client(mocks: Mocks) -> None:
    """Once found by the long property run: the generator re-sent a local time as a naive ISO one (see
    overlays/octopush/30-sdk-types.overlay.yaml)."""
    mock = mocks["octopush"]
    values = _simplest(mock.strategy("sms_campaigns_send"))
    for when in ("2018-10-03 07:42:39", "2018-10-03T07:42:39-07:00"):
        values[BODY] = {**values[BODY], "send_at": when}
        _assert_accepted(mock, mock.call("sms_campaigns_send"), values, mock.clients[0])


def _assert_accepted(mock: Mock, target: Call, values: dict[str, Any], client: Any) -> None:
    responder = mock.app.endpoints[str(target.operation.operation_id)].responder
    accepted = responder.answer({"code": str(responder.default.status)})
    with _preferring(client, f"code={accepted.status}") as documented:  # a documented answer: no state involved
        sent = target.module.sync_detailed(client=documented, **target.arguments(values))
    assert (sent.status_code, sent.content) == (accepted.status, accepted.body), (
        f"{mock.provider} {target.label}: the mock refused what the client sent {REPRODUCE}: "
        f"{int(sent.status_code)} {sent.content.decode(errors='replace')}"
    )
    assert (sent.parsed is None) == (not accepted.body)


@pytest.mark.parametrize(("provider", "operation_id"), CASES)
def test_the_client_parses_every_documented_response(provider: str, operation_id: str, mocks: Mocks) -> None:
    mock = mocks[provider]
    target = mock.call(operation_id)
    arguments = target.arguments(_simplest(mock.strategy(operation_id)))  # one valid input, found once
    document = target.document
    responses: dict[str, Any] = target.operation.node["responses"]
    walked = 0
    for key in responses:
        status = _status(key, list(responses))
        media = response_schema(document, target.operation, key)
        names = list(media.get("examples") or {}) if media else []
        wanted = [f"code={status}, example={name}" for name in names] or [f"code={status}"]
        if media is not None and "schema" in media:
            wanted += [f"code={status}, dynamic=true"] * DYNAMIC_BODIES
        for prefer in wanted:
            with _preferring(mock.clients[0], prefer) as client:
                answer = target.module.sync_detailed(client=client, **arguments)
            where = f"{provider} {target.label} response {key} with Prefer: {prefer} {REPRODUCE}"
            assert int(answer.status_code) == status, where
            if "dynamic" in prefer:
                assert "dynamic=true" in answer.headers.get("preference-applied", ""), f"{where}: not synthesised"
            _assert_parsed(mock.sdk, target, key, answer, where)
            walked += 1
    assert walked >= len(responses)


def _assert_parsed(sdk: SchemaStrategies, target: Call, key: str, answer: Any, where: str) -> None:
    if not answer.content:
        assert answer.parsed is None, f"{where}: parsed {answer.parsed!r} from an empty body"
        return
    body = answer.content.decode()
    assert answer.parsed is not None, f"{where}: not parsed: {body}"
    expected = _classes(sdk, target, key, jsonable(json.loads(body)))
    assert type(answer.parsed).__name__ in expected, f"{where}: parsed as {type(answer.parsed).__name__}: {body}"


def _classes(sdk: SchemaStrategies, target: Call, key: str, value: Any) -> set[str]:
    """The classes a body may parse into: those of the response's component branches it is valid against."""
    document, schemas = sdk.document, sdk.schemas
    branches = naming.response_branches(document, target.operation, key)
    matching = [b for b in branches if schemas.validator(f"/components/schemas/{b}").is_valid(value)]
    assert matching, f"{target.label} {key}: {value!r} is valid against none of {branches}"
    return {naming.schema_class(document, naming.matching_component(document, b, value)) for b in matching}


def _status(key: str, keys: list[str]) -> int:
    """The status to ask for: the key itself, or for ``4XX``/``default`` the first code no other key claims."""
    if key.isdigit():
        return int(key)
    candidates = range(int(key[0]) * 100, int(key[0]) * 100 + 100) if key[0].isdigit() else [*range(400, 600)]
    claimed = {k.upper() for k in keys if k != key}
    return next(c for c in candidates if str(c) not in claimed and f"{str(c)[0]}XX" not in claimed)


def _simplest(strategy: st.SearchStrategy[Any]) -> Any:
    once = settings(database=None, phases=[hypothesis.Phase.generate])  # the first valid value, unshrunk
    return hypothesis.find(strategy, lambda _: True, settings=once, random=random.Random(SEED))


@contextmanager
def _preferring(client: Any, prefer: str) -> Iterator[Any]:
    headers = client.get_httpx_client().headers
    headers["Prefer"] = prefer
    try:
        yield client
    finally:
        del headers["Prefer"]
