"""Each provider's flow over HTTP on 127.0.0.1: send → status → delivered → webhook received (virtual clock)."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import jsonschema

from smsspec.mock.testing import MockServer, Receiver
from tests.mock.conftest import document

Start = Callable[..., MockServer]
BOOLKY = {"Authorization": "mock-boolky-api-key", "language": "en"}
BSG = {"X-API-KEY": "test_mock-bsg-api-key"}
SERWER = {"Authorization": "Bearer mock-serwersms-token"}
OCTOPUSH = {"api-key": "mock-octopush-api-key", "api-login": "mock@example.com"}
GATEWAY = {"token": "mock-smsgateway24-token"}


def _webhook_schema(provider: str, name: str) -> dict[str, Any]:
    doc = document(provider)
    schema: dict[str, Any] = doc["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return {**schema, "components": doc.get("components", {})}


def _valid(provider: str, name: str, bodies: list[Any]) -> None:
    schema = _webhook_schema(provider, name)
    for body in bodies:
        jsonschema.validate(body, schema)


def test_smsgateway24_sms_goes_1_3_2_6_7_and_each_change_is_posted(
    smsspec_mock: Start, webhook_receiver: Receiver
) -> None:
    mock = smsspec_mock("smsgateway24", callback_url=webhook_receiver.url)
    sent = httpx.post(
        f"{mock.url}/addsms", data={**GATEWAY, "sendto": "+4915700000001", "body": "hi", "device_id": "260"}
    )
    sms_id = sent.json()["sms_id"]
    status = httpx.post(f"{mock.url}/getsmsstatus", data={**GATEWAY, "sms_id": sms_id}).json()
    assert (status["status"], status["status_description"]) == (1, "New")
    mock.advance(20)
    status = httpx.post(f"{mock.url}/getsmsstatus", data={**GATEWAY, "sms_id": sms_id}).json()
    assert status["status"] == 7
    assert [b["status_id"] for b in webhook_receiver.bodies] == [3, 2, 6, 7]
    assert {b["sms_id"] for b in webhook_receiver.bodies} == {sms_id}
    _valid("smsgateway24", "smsStatus", webhook_receiver.bodies)
    listed = httpx.post(f"{mock.url}/getallsms", data=GATEWAY).json()["smss"]
    assert listed[str(sms_id)]["status"] == 7


def test_bsg_message_callback_url_receives_scheduled_sent_delivered(
    smsspec_mock: Start, webhook_receiver: Receiver
) -> None:
    mock = smsspec_mock("bsg")
    body = {"destination": "phone", "originator": "ACME", "body": "x", "msisdn": "380972000000", "reference": "r1"}
    created = httpx.post(
        f"{mock.url}/rest/sms/create", headers=BSG, json={**body, "callback_url": webhook_receiver.url}
    )
    ident = created.json()["result"]["id"]
    assert httpx.get(f"{mock.url}/rest/sms/{ident}", headers=BSG).json()["status"] == "scheduled"
    mock.advance(10)
    shown = httpx.get(f"{mock.url}/rest/sms/reference/r1", headers=BSG).json()
    assert (shown["id"], shown["status"], shown["time_dr"]) == (ident, "delivered", "2025-01-01 00:00:07")
    assert [b["status"] for b in webhook_receiver.bodies] == ["sent", "delivered"]
    _valid("bsg", "smsStatus", webhook_receiver.bodies)
    assert httpx.get(f"{mock.url}/rest/sms/nope", headers=BSG).json()["error"] == 20


def test_boolky_sms_status_and_callback(smsspec_mock: Start, webhook_receiver: Receiver) -> None:
    mock = smsspec_mock("boolky", callback_url=webhook_receiver.url)
    sent = httpx.post(f"{mock.url}/sendSms", headers=BOOLKY, json={"phoneNumbers": ["+15550000001"], "text": "hi"})
    uuid = sent.json()["result"]["data"]["ids"][0]["uuid"]
    mock.advance(10)
    status = httpx.get(f"{mock.url}/getSmsStatus", headers=BOOLKY, params={"uuid": uuid}).json()
    assert status["result"]["data"]["smsStatus"] == "delivered"
    assert [b["smsStatus"] for b in webhook_receiver.bodies] == ["sent", "delivered"]
    _valid("boolky", "callBack", webhook_receiver.bodies)


def test_octopush_magic_recipient_reports_bad_destination(smsspec_mock: Start, webhook_receiver: Receiver) -> None:
    mock = smsspec_mock("octopush", callback_url=webhook_receiver.url)
    recipients = [{"phone_number": "+33600000001"}, {"phone_number": "+33600099902"}]
    sent = httpx.post(
        f"{mock.url}/sms-campaign/send",
        headers=OCTOPUSH,
        json={"recipients": recipients, "text": "hi", "type": "sms_premium"},
    )
    assert sent.json()["number_of_contacts"] == 2
    mock.advance(10)
    final = {b["message_id"]: b["status"] for b in webhook_receiver.bodies}
    assert sorted(final.values()) == ["BAD_DESTINATION", "DELIVERED"]
    _valid("octopush", "smsDeliveryReport", webhook_receiver.bodies)


def test_serwersms_send_then_reports_show_delivered_and_the_magic_failure(smsspec_mock: Start) -> None:
    mock = smsspec_mock("serwersms")
    sent = httpx.post(
        f"{mock.url}/messages/send_sms", headers=SERWER, json={"phone": ["+48500600700", "+48500699901"], "text": "hi"}
    )
    ids = [item["id"] for item in sent.json()["items"]]
    mock.advance(10)
    reports = httpx.post(f"{mock.url}/messages/reports", headers=SERWER, json={}).json()["items"]
    assert [(r["id"], r["status"]) for r in reports] == [(ids[0], "delivered"), (ids[1], "undelivered")]
    assert reports[1]["reason"] == "message_rejected"
    view = httpx.post(f"{mock.url}/messages/view", headers=SERWER, json={"id": ids[0]}).json()
    assert view["sent"] == "2025-01-01 00:00:02"


def test_a_failing_receiver_gets_retries_with_back_off_and_order_is_kept(
    smsspec_mock: Start, webhook_receiver: Receiver
) -> None:
    mock = smsspec_mock("smsgateway24", callback_url=webhook_receiver.url)
    httpx.post(f"{mock.url}/addsms", data={**GATEWAY, "sendto": "+4915700000001", "body": "hi", "device_id": "260"})
    webhook_receiver.fail = 3
    mock.advance(1)  # status 3 at t=1: first attempt fails, retried at t=2
    assert webhook_receiver.bodies == []
    mock.advance(30)  # t=2 fails, t=4 fails, t=8 succeeds; later changes waited behind it
    assert [b["status_id"] for b in webhook_receiver.bodies] == [3, 2, 6, 7]
    first = mock.webhooks()[0]
    assert (first["attempts"], first["state"], len(first["errors"])) == (4, "delivered", 3)


def test_scheduled_messages_wait_for_their_time(smsspec_mock: Start) -> None:
    mock = smsspec_mock("smsgateway24")
    when = {"timetosend": "2025-01-01 01:00:00"}
    sent = httpx.post(f"{mock.url}/addsms", data={**GATEWAY, **when, "sendto": "+49157", "body": "x", "device_id": "1"})
    sms_id = sent.json()["sms_id"]
    mock.advance(600)
    assert httpx.post(f"{mock.url}/getsmsstatus", data={**GATEWAY, "sms_id": sms_id}).json()["status"] == 1
    mock.advance(3600)
    assert httpx.post(f"{mock.url}/getsmsstatus", data={**GATEWAY, "sms_id": sms_id}).json()["status"] == 7


def test_fifty_parallel_clients_lose_no_write_and_reset_empties_everything(smsspec_mock: Start) -> None:
    mock = smsspec_mock("serwersms")

    def work(n: int) -> int:
        with httpx.Client(base_url=mock.url, headers=SERWER) as client:
            made = [client.post("/groups/add", json={"name": f"g{n}-{i}"}).json()["id"] for i in range(4)]
            client.post("/groups/delete", json={"id": made[0]})
            return len(made) - 1

    with ThreadPoolExecutor(50) as pool:
        kept = sum(pool.map(work, range(50)))
    listed = httpx.post(f"{mock.url}/groups/index", headers=SERWER, json={}).json()["items"]
    assert len(listed) == kept == 150
    assert len({g["id"] for g in listed}) == 150
    assert len(mock.requests()) == 50 * 5 + 1
    mock.reset()
    assert mock.state()["collections"] == {}
    assert httpx.post(f"{mock.url}/groups/index", headers=SERWER, json={}).json()["items"] == []


def test_the_control_surface_refuses_unknown_operations_and_bad_clock_values(smsspec_mock: Start) -> None:
    mock = smsspec_mock("bsg")
    assert httpx.get(f"{mock.url}/__mock__/nothing").status_code == 404
    assert httpx.post(f"{mock.url}/__mock__/clock/advance", params={"seconds": "-1"}).status_code == 400
    assert json.loads(httpx.get(f"{mock.url}/__mock__/clock").content) == {"now": "2025-01-01T00:00:00Z"}
