"""Every magic recipient a provider's mock declares, sent once: a refused one is answered with the vendor's
refusal and stored nowhere; any other ends in its declared final status. The README's table lists each suffix."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from smsspec.layout import PROVIDERS
from smsspec.mock.app import MockApp
from smsspec.mock.declare import Magic, collections
from smsspec.mock.wire import Reply
from tests.conftest import ROOT
from tests.mock.conftest import call, document

JSON = {"content-type": "application/json"}

# How each send operation is called for one phone number, per (provider, collection): test data, not mock code.
SEND: dict[tuple[str, str], Callable[[MockApp, str], Reply]] = {
    ("boolky", "sms"): lambda app, phone: call(
        app,
        "POST",
        "/sendSms",
        {**JSON, "Authorization": "mock-boolky-api-key", "language": "en"},
        json.dumps({"phoneNumbers": [phone], "text": "hi"}).encode(),
    ),
    ("bsg", "sms"): lambda app, phone: call(
        app,
        "POST",
        "/sms/create",
        {**JSON, "X-API-KEY": "test_mock-bsg-api-key"},
        json.dumps(
            {"destination": "phone", "originator": "ACME", "body": "hi", "msisdn": phone[1:], "reference": "m1"}
        ).encode(),
    ),
    ("bsg", "viber"): lambda app, phone: call(
        app,
        "POST",
        "/viber/create",
        {**JSON, "X-API-KEY": "test_mock-bsg-api-key"},
        json.dumps(
            {"messages": [{"to": [{"msisdn": phone[1:], "reference": "v1"}], "text": "hi", "alpha_name": "ACME"}]}
        ).encode(),
    ),
    ("serwersms", "messages"): lambda app, phone: call(
        app,
        "POST",
        "/messages/send_sms",
        {**JSON, "Authorization": "Bearer mock-serwersms-token"},
        json.dumps({"phone": phone, "text": "hi", "details": True}).encode(),
    ),
    ("octopush", "sms"): lambda app, phone: call(
        app,
        "POST",
        "/sms-campaign/send",
        {**JSON, "api-key": "mock-octopush-api-key", "api-login": "mock@example.com"},
        json.dumps({"recipients": [{"phone_number": phone}], "text": "hi", "type": "sms_premium"}).encode(),
    ),
    ("smsgateway24", "sms"): lambda app, phone: call(
        app,
        "POST",
        "/addsms",
        {"content-type": "application/x-www-form-urlencoded"},
        f"token=mock-smsgateway24-token&sendto=%2B{phone[1:]}&body=hi&device_id=1".encode(),
    ),
}


def _magic() -> list[tuple[str, str, Magic]]:
    found = []
    for provider in PROVIDERS:
        for collection in collections(document(provider)).values():
            for magic in collection.lifecycle.magic if collection.lifecycle else ():
                found.append((provider, collection.name, magic))
    return found


CASES = [pytest.param(p, c, m, id=f"{p}-{m.suffix}") for p, c, m in _magic()]


def _numbers(value: Any, at: str = "") -> set[tuple[str, Any]]:
    """(pointer, number) for every number in a JSON value: the error codes a refusal carries."""
    if isinstance(value, dict):
        return {pair for key, item in value.items() for pair in _numbers(item, f"{at}/{key}")}
    if isinstance(value, list):
        return {pair for index, item in enumerate(value) for pair in _numbers(item, f"{at}/{index}")}
    return {(at, value)} if isinstance(value, int | float) and not isinstance(value, bool) else set()


@pytest.mark.parametrize(("provider", "collection", "magic"), CASES)
def test_a_magic_recipient_gets_its_declared_outcome(provider: str, collection: str, magic: Magic) -> None:
    doc = document(provider)
    app = MockApp(doc)
    answer = SEND[provider, collection](app, f"+4850{magic.suffix}")
    assert 200 <= answer.status < 300 or magic.refuse, answer.body
    app.engine.advance(600)
    records = app.engine.store.snapshot()["collections"].get(collection, [])
    if magic.refuse:
        assert records == [], "a refused recipient is stored nowhere"
        endpoint = app.endpoints[app.engine.requests()[0]["operation"]]
        name = (
            next(str(e.refused.example) for e in endpoint.behaviour.effects if e.refused) if endpoint.behaviour else ""
        )
        variant = next(v for v in endpoint.responder.variants if name in v.examples)
        assert answer.status == variant.status()
        body = json.loads(answer.body)
        assert _numbers(variant.examples[name]) <= _numbers(body)  # the vendor's error codes
        jsonschema.validate(body, {"$ref": f"#{variant.schema}", **doc})
    else:
        (record,) = records
        assert {k: record.get(k) for k in magic.steps[-1].set} == magic.steps[-1].set


def test_the_readme_lists_every_magic_suffix_of_every_provider() -> None:
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("**Magic recipients**") : readme.index("Scheduled messages")]
    rows = {line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| `")}
    assert {f"`{magic.suffix}`" for _, _, magic in _magic()} <= rows
