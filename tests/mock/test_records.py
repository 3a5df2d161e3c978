"""What a stored record shows: what the request sent plus the ids and statuses the mock made, never the values of
the response example that describe some other record."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import jsonschema_rs
import pytest

from smsspec.mock.app import MockApp
from smsspec.mock.declare import StateError, collections, effects
from smsspec.mock.render import prune
from smsspec.mock.testing import MockServer, Receiver
from tests.mock.conftest import call, document

SERWER = {"Authorization": "Bearer mock-serwersms-token", "content-type": "application/json"}


def _post(app: MockApp, path: str, body: dict[str, Any], headers: dict[str, str] = SERWER) -> Any:
    return json.loads(call(app, "POST", path, headers, json.dumps(body).encode()).body)


def test_a_contact_shows_only_what_was_sent_in_view_list_and_state() -> None:
    app = MockApp(document("serwersms"))
    ident = _post(app, "/contacts/add", {"group_id": 1, "phone": "+48500600700", "city": "Kraków"})["id"]
    view = _post(app, "/contacts/view", {"id": ident})
    assert {k: view[k] for k in ("id", "phone", "city")} == {"id": ident, "phone": "+48500600700", "city": "Kraków"}
    assert not {"email", "company", "first_name", "last_name", "description"} & set(view)  # the example's Mikołaj…
    listed = _post(app, "/contacts/index", {})["items"]
    assert [(c["id"], "first_name" in c, "email" in c) for c in listed] == [(ident, False, False)]
    records = app.engine.store.snapshot()["collections"]["contacts"]
    assert records == [{"group_id": 1, "phone": "+48500600700", "city": "Kraków", "id": ident}]


def test_an_edit_adds_the_fields_it_sends() -> None:
    app = MockApp(document("serwersms"))
    ident = _post(app, "/contacts/add", {"group_id": 1, "phone": "+48500600700"})["id"]
    _post(app, "/contacts/edit", {"id": ident, "group_id": 1, "phone": "+48500600700", "first_name": "Ola"})
    assert _post(app, "/contacts/view", {"id": ident})["first_name"] == "Ola"


def test_a_webhook_carries_no_example_value_of_a_field_the_message_lacks(
    smsspec_mock: Callable[..., MockServer], webhook_receiver: Receiver
) -> None:
    mock = smsspec_mock("smsgateway24", callback_url=webhook_receiver.url)
    form = {"token": "mock-smsgateway24-token", "sendto": "+4915700000001", "body": "hi", "device_id": "260"}
    sms_id = httpx.post(f"{mock.url}/addsms", data=form).json()["sms_id"]  # no sim: the example's channel_id 0
    mock.advance(20)
    assert [(b["sms_id"], b["device_id"], b["sendto"]) for b in webhook_receiver.bodies] == [
        (sms_id, 260, "+4915700000001")
    ] * 4
    assert not [b for b in webhook_receiver.bodies if "channel_id" in b]


def test_prune_keeps_a_required_field_and_the_key_order() -> None:
    validator = jsonschema_rs.validator_for({"type": "object", "required": ["a"]})
    body = {"a": 1, "b": 2, "c": {"d": 3, "e": 4}}
    assert list(prune(body, ["/a", "/c/d"], validator.is_valid).items()) == [("a", 1), ("b", 2), ("c", {"e": 4})]


def test_the_request_log_says_what_each_call_did_to_the_state() -> None:
    app = MockApp(document("serwersms"))
    ident = _post(app, "/groups/add", {"name": "g"})["id"]
    _post(app, "/groups/view", {"id": ident})
    _post(app, "/groups/view", {"id": ident + 1})
    _post(app, "/groups/index", {})
    call(app, "POST", "/groups/view", {"content-type": "application/json"}, b"{}")  # refused: no state involved
    log = [(e["operation"], e.get("state")) for e in app.engine.requests()]
    assert log == [
        ("groups_add", {"collection": "groups", "action": "create", "ids": [str(ident)]}),
        ("groups_get", {"collection": "groups", "action": "get", "ids": [str(ident)]}),
        ("groups_get", {"collection": "groups", "action": "get", "ids": []}),
        ("groups_list", {"collection": "groups", "action": "list", "count": 1}),
        ("groups_get", None),
    ]


def test_a_viber_send_stores_a_message_per_recipient_of_each_message_and_reads_them_back() -> None:
    app = MockApp(document("bsg"))
    bsg = {"X-API-KEY": "test_mock-bsg-api-key", "content-type": "application/json"}
    messages = [  # two messages, three recipients
        {"to": [{"msisdn": "380500000003", "reference": "a"}, {"msisdn": "380500000004"}], "text": "one"},
        {"to": [{"msisdn": "380500000005", "reference": "c"}], "text": "two"},
    ]
    messages = [{**message, "alpha_name": "ACME"} for message in messages]
    sent = _post(app, "/viber/create", {"messages": messages}, bsg)["result"]  # each: [/body/messages, /item/to]
    assert [item["error"] for item in sent] == [0, 0, 0]
    records = app.engine.store.snapshot()["collections"]["viber"]
    assert [(r["msisdn"], r.get("reference"), r["text"]) for r in records] == [
        ("380500000003", "a", "one"),
        ("380500000004", None, "one"),
        ("380500000005", "c", "two"),
    ]

    def status(path: str) -> Any:
        return json.loads(call(app, "GET", path, bsg).body)

    assert status(f"/viber/{sent[0]['id']}")["status"] == "scheduled"
    app.engine.advance(60)
    assert [status(f"/viber/{item['id']}")["status"] for item in sent] == ["read"] * 3
    assert status("/viber/reference/c")["msisdn"] == "380500000005"
    assert status("/viber/424242") == {"error": 40, "errorDescription": "Message not found"}


def test_each_takes_a_pointer_or_a_list_of_them_and_names_anything_else() -> None:
    known = collections(document("bsg"))
    base = {"collection": "viber", "action": "create"}
    assert effects({**base, "each": "/body/x"}, "#/op", known)[0].each == ("/body/x",)
    assert effects({**base, "each": ["/body/m", "/item/to"]}, "#/op", known)[0].each == ("/body/m", "/item/to")
    for wrong in ([], ["body/m"], 3):
        with pytest.raises(StateError, match="#/op/each: give a request pointer"):
            effects({**base, "each": wrong}, "#/op", known)
