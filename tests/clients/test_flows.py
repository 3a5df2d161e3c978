"""One flow per provider through its generated client: send → status → delivered → webhook received.

Each test serves a fresh stateful mock on 127.0.0.1 (``smsspec_mock``), talks to it only through the committed
client package (``connect`` from its ``auth`` module, typed request and response models), moves the mock's
virtual clock with the control surface, and checks the delivery webhooks that reach a receiver against the
spec's ``webhooks`` (JSON Schema) and the generated pydantic model of the payload.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from smsspec.mock.testing import MockServer, Receiver

from ..generate.conftest import model_module
from .conftest import Mocks, published_document

Start = Callable[..., MockServer]


@pytest.fixture
def client_of(mocks: Mocks) -> Callable[[str], Any]:
    """``client_of(provider)(".api.sms.sms_add")``: a module of the committed ``<provider>_client`` package, as
    the session's client fixtures imported it (their mocks are not used here)."""
    return lambda provider: lambda module="": importlib.import_module(mocks[provider].package.__name__ + module)


def _webhooks(provider: str, name: str, bodies: list[Any]) -> list[dict[str, Any]]:
    """The bodies, each valid against the spec's webhook schema and, where that schema is a component, parsed by
    its generated pydantic model."""
    document = published_document(provider)
    schema = document["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": document["components"]})
    component = schema.get("$ref", "").rpartition("/")[2]
    for body in bodies:
        validator.validate(body)
        if component:
            getattr(model_module(provider), component).model_validate(body)
    return bodies


def test_smsgateway24_token_send_status_delivered_and_status_webhooks(
    smsspec_mock: Start, webhook_receiver: Receiver, client_of: Callable[[str], Any]
) -> None:
    module = client_of("smsgateway24")
    mock = smsspec_mock("smsgateway24", callback_url=webhook_receiver.url)
    base_url = f"{mock.url}/getdata"
    models = module(".models")
    auth = module(".auth")
    with pytest.raises(auth.AuthError):  # the vendor's "Login or password incorrect"
        auth.fetch_token(models.TokenRequest(email="user@example.com", pass_="guess"), base_url=base_url)
    login = models.TokenRequest(email="user@example.com", pass_="S3cret-Passw0rd")  # the mock's test login
    token = auth.fetch_token(login, base_url=base_url)
    with auth.connect(token=token, base_url=base_url) as client:
        body = models.AddSmsRequest(sendto="+4915700000001", body="hi", device_id="260")
        sent = module(".api.sms.sms_add").sync(client=client, body=body)
        assert isinstance(sent, models.SmsSavedResult), sent
        get_status = module(".api.sms.sms_get_status").sync
        status = get_status(client=client, body=models.SmsStatusRequest(sms_id=sent.sms_id))
        assert isinstance(status, models.SmsStatusResult), status
        assert (status.sms_id, status.status, status.status_description) == (sent.sms_id, 1, "New")
        mock.advance(20)
        status = get_status(client=client, body=models.SmsStatusRequest(sms_id=sent.sms_id))
        assert (status.status, status.status_description) == (7, "delivered")
    events = _webhooks("smsgateway24", "smsStatus", webhook_receiver.bodies)
    assert [(e["sms_id"], e["status_id"]) for e in events] == [(sent.sms_id, s) for s in (3, 2, 6, 7)]


def test_bsg_send_status_delivered_and_the_messages_own_callback(
    smsspec_mock: Start, webhook_receiver: Receiver, client_of: Callable[[str], Any]
) -> None:
    """The webhook goes to the ``callback_url`` the message was sent with (no start-up callback URL)."""
    module = client_of("bsg")
    mock = smsspec_mock("bsg")
    models = module(".models")
    with module(".auth").connect(api_key="test_mock-bsg-api-key", base_url=f"{mock.url}/rest") as client:
        body = models.SmsSendSingleRequest.from_dict(
            {
                "destination": "phone",
                "originator": "ACME",
                "body": "Your code is 4821",
                "msisdn": "380972000000",
                "reference": "flow1",
                "callback_url": webhook_receiver.url,
            }
        )
        sent = module(".api.sms.sms_create").sync(client=client, body=body)
        assert isinstance(sent, models.SmsSendSingleResponse), sent
        ident = sent.result.id
        get = module(".api.sms.sms_get").sync
        shown = get(ident, client=client)
        assert isinstance(shown, models.SmsStatusResponse), shown
        assert (shown.status, shown.reference) == ("scheduled", "flow1")
        mock.advance(10)
        shown = get(ident, client=client)
        assert (shown.status, shown.time_dr) == ("delivered", "2025-01-01 00:00:07")
    events = _webhooks("bsg", "smsStatus", webhook_receiver.bodies)
    assert [(e["id"], e["reference"], e["status"]) for e in events] == [
        (ident, "flow1", "sent"),
        (ident, "flow1", "delivered"),
    ]


def test_boolky_send_status_delivered_and_callback(
    smsspec_mock: Start, webhook_receiver: Receiver, client_of: Callable[[str], Any]
) -> None:
    module = client_of("boolky")
    mock = smsspec_mock("boolky", callback_url=webhook_receiver.url)
    models = module(".models")
    with module(".auth").connect(api_key="mock-boolky-api-key", language="EN", base_url=mock.url) as client:
        body = models.SendSmsRequest.from_dict({"phoneNumbers": ["+15550000001"], "text": "Order 42 shipped"})
        sent = module(".api.sms.sms_send").sync(client=client, body=body)
        assert isinstance(sent, models.SendSmsResponse), sent
        (message,) = sent.result.data.ids
        get = module(".api.sms.sms_status_get").sync
        status = get(client=client, uuid=message.uuid)
        assert isinstance(status, models.SmsStatusResponse), status
        assert str(status.result.data.sms_status) == "queued"
        mock.advance(10)
        assert str(get(client=client, uuid=message.uuid).result.data.sms_status) == "delivered"
    events = _webhooks("boolky", "callBack", webhook_receiver.bodies)
    assert [(e["phoneNumber"], e["smsStatus"]) for e in events] == [
        (message.phone, "sent"),
        (message.phone, "delivered"),
    ]


def test_octopush_send_and_delivery_reports(
    smsspec_mock: Start, webhook_receiver: Receiver, client_of: Callable[[str], Any]
) -> None:
    """Octopush documents no status operation for a sent SMS: its delivery report webhook is the status. The
    ticket the send answers is the first message's id, which the reports carry as ``message_id``."""
    module = client_of("octopush")
    mock = smsspec_mock("octopush", callback_url=webhook_receiver.url)
    models = module(".models")
    connect = module(".auth").connect
    with connect(api_key="mock-octopush-api-key", api_login="mock@example.com", base_url=f"{mock.url}/v1/public") as c:
        body = models.SendSmsCampaignRequest.from_dict(
            {"recipients": [{"phone_number": "+33600000001"}], "text": "Hi", "type": "sms_premium"}
        )
        sent = module(".api.sms_campaigns.sms_campaigns_send").sync(client=c, body=body)
        assert isinstance(sent, models.SendSmsCampaignResponse), sent
        assert sent.number_of_contacts == 1
        mock.advance(10)
    events = _webhooks("octopush", "smsDeliveryReport", webhook_receiver.bodies)
    assert [(e["message_id"], e["status"]) for e in events] == [
        (sent.sms_ticket, "ACK"),
        (sent.sms_ticket, "DELIVERED"),
    ]


def test_serwersms_send_view_and_reports_show_delivered(smsspec_mock: Start, client_of: Callable[[str], Any]) -> None:
    """SerwerSMS documents no delivery callback format, so no webhook is declared and none is sent: the status
    and report operations are how its client learns that a message was delivered."""
    module = client_of("serwersms")
    mock = smsspec_mock("serwersms")
    models = module(".models")
    with module(".auth").connect(token="mock-serwersms-token", base_url=mock.url) as client:
        body = models.SendSmsRequest.from_dict({"phone": "+48500600700", "text": "Hi", "details": True})
        sent = module(".api.messages.messages_send_sms").sync(client=client, body=body)
        assert isinstance(sent, models.SendResult), sent
        (item,) = sent.items
        view = module(".api.messages.messages_get").sync
        shown = view(client=client, body=models.MessagesViewRequest.from_dict({"id": item.id}))
        assert isinstance(shown, models.MessageReport), shown
        assert (shown.id, str(shown.status)) == (item.id, "in_progress")
        mock.advance(10)
        assert (
            str(view(client=client, body=models.MessagesViewRequest.from_dict({"id": item.id})).status) == "delivered"
        )
        reports = module(".api.messages.messages_list_reports").sync(client=client)
        assert isinstance(reports, models.MessageReportList), reports
        assert [(r.id, str(r.status)) for r in reports.items] == [(item.id, "delivered")]
    assert mock.webhooks() == []
