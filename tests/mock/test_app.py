"""The request path of the engine: routing, the vendor dialect, security, validation and body decoding."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from smsspec.mock.app import MockApp, Settings
from smsspec.mock.dialect import DialectError
from smsspec.mock.routing import Route, Router
from smsspec.mock.security import SecurityError
from tests.mock.conftest import call, document

BSG = {"X-API-KEY": "test_mock-bsg-api-key", "content-type": "application/json"}
SERWER = {"Authorization": "Bearer mock-serwersms-token", "content-type": "application/json"}
GATEWAY_TOKEN = "token=mock-smsgateway24-token"
FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def apps() -> dict[str, MockApp]:
    return {p: MockApp(document(p)) for p in ("bsg", "serwersms", "smsgateway24", "octopush", "boolky")}


def _json(reply: Any) -> Any:
    return json.loads(reply.body)


def test_literal_paths_win_over_templated_siblings_at_every_base_path(apps: dict[str, MockApp]) -> None:
    for path in ("/rest/sms/prices", "/sms/prices"):
        assert "prices" in _json(call(apps["bsg"], "GET", path, BSG))
    single = _json(call(apps["bsg"], "GET", "/rest/sms/123", BSG))
    assert "prices" not in single
    assert single == {"error": 20, "errorDescription": "SMS not found"}  # sms_get, stateful: no SMS 123 was sent


def test_the_optional_suffix_reaches_the_same_operation(apps: dict[str, MockApp]) -> None:
    bare = call(apps["serwersms"], "POST", "/groups/index", SERWER, b"{}")
    suffixed = call(apps["serwersms"], "POST", "/groups/index.json", SERWER, b"{}")
    assert bare == suffixed
    assert "error" not in _json(bare)


def test_get_or_post_and_put_or_post_are_both_served(apps: dict[str, MockApp]) -> None:
    query = f"/addsms?{GATEWAY_TOKEN}&sendto=%2B48500600700&body=hi&device_id=1"
    assert _json(call(apps["smsgateway24"], "GET", query))["error"] == 0
    form = f"{GATEWAY_TOKEN}&sendto=%2B48500600700&body=hi&device_id=1".encode()
    assert _json(call(apps["smsgateway24"], "POST", "/addsms", FORM, form))["error"] == 0
    put = _json(call(apps["bsg"], "PUT", "/hlr/create", BSG, b'{"msisdn": "48500600700", "reference": "r1"}'))
    post = _json(call(apps["bsg"], "POST", "/hlr/create", BSG, b'{"msisdn": "48500600701", "reference": "r2"}'))
    assert (put["error"], post["error"], int(post["id"]) - int(put["id"])) == ("0", "0", 1)  # the same store


def test_unknown_method_answers_405_with_allow_and_unknown_path_404_in_the_dialect(apps: dict[str, MockApp]) -> None:
    refused = call(apps["bsg"], "DELETE", "/rest/sms/create", BSG)
    assert refused.status == 405
    assert (b"allow", b"POST, PUT") in refused.headers
    missing = call(apps["serwersms"], "POST", "/nothing/here", SERWER)
    assert missing.status == 404
    assert _json(missing)["error"]["code"] == 1000
    assert "/nothing/here" in _json(missing)["error"]["message"]


@pytest.mark.parametrize(
    ("provider", "method", "path", "headers", "body", "status"),
    [
        ("bsg", "GET", "/common/balance", {"X-API-KEY": "wrong"}, b"", 200),
        ("octopush", "GET", "/wallet/check-balance", {"api-key": "mock-octopush-api-key"}, b"", 401),
        ("boolky", "GET", "/getBalance", {"Authorization": "Bearer mock-boolky-api-key", "language": "EN"}, b"", 401),
        ("serwersms", "POST", "/groups/index", {"Authorization": "Bearer nope", **FORM}, b"", 200),
        ("smsgateway24", "GET", "/getalldevices?token=nope", {}, b"", 200),
    ],
)
def test_wrong_credentials_get_the_vendor_auth_error(
    apps: dict[str, MockApp], provider: str, method: str, path: str, headers: dict[str, str], body: bytes, status: int
) -> None:
    reply = call(apps[provider], method, path, headers, body)
    assert reply.status == status
    assert (
        reply.body
        == json.dumps(
            document(provider)["components"]["examples"][_auth_example(provider)]["value"], separators=(",", ":")
        ).encode()
    )


def _auth_example(provider: str) -> str:
    ref: str = document(provider)["x-error-dialect"]["auth"]["example"]["$ref"]
    return ref.rsplit("/", 1)[1]


def test_body_credentials_stand_in_for_the_scheme(apps: dict[str, MockApp]) -> None:
    form = b"username=mock-user&password=mock-password"
    assert "error" not in _json(call(apps["serwersms"], "POST", "/groups/index", FORM, form))
    wrong = b"username=mock-user&password=guess"
    assert _json(call(apps["serwersms"], "POST", "/groups/index", FORM, wrong))["error"]["code"] == 1001
    assert (
        _json(call(apps["smsgateway24"], "POST", "/getalldevices", FORM, GATEWAY_TOKEN.encode())).get("error", 0) == 0
    )


def test_credentials_can_be_overridden_at_start_up() -> None:
    app = MockApp(document("bsg"), Settings(credentials={"ApiKeyAuth": "test_other"}))
    assert _json(call(app, "GET", "/common/balance", {"X-API-KEY": "test_other"}))["error"] == 0
    assert _json(call(app, "GET", "/common/balance", BSG))["error"] == 1
    with pytest.raises(SecurityError, match="no such scheme"):
        MockApp(document("bsg"), Settings(credentials={"Nope": "x"}))


def test_true_is_not_0_or_1(apps: dict[str, MockApp]) -> None:
    base = f"/addsms?{GATEWAY_TOKEN}&sendto=%2B48500600700&body=hi&device_id=1&urgent="
    assert _json(call(apps["smsgateway24"], "GET", base + "1"))["error"] == 0
    refused = _json(call(apps["smsgateway24"], "GET", base + "true"))
    assert refused["error"] == 1
    assert "urgent" in refused["message"]


def test_form_arrays_in_every_php_spelling_are_decoded(apps: dict[str, MockApp]) -> None:
    for phones in ("phone=%2B48500600700&phone=%2B48600700800", "phone[]=%2B48500600700&phone[]=%2B48600700800"):
        body = f"username=mock-user&password=mock-password&{phones}&text=hi".encode()
        assert "error" not in _json(call(apps["serwersms"], "POST", "/messages/send_sms", FORM, body))
    nested = b"username=mock-user&password=mock-password&messages[0][phone]=%2B48500600700&messages[0][text]=hi"
    assert "error" not in _json(call(apps["serwersms"], "POST", "/messages/send_personalized", FORM, nested))
    broken = b"username=mock-user&password=mock-password&messages[0][text]=hi"
    assert (
        "phone"
        in _json(call(apps["serwersms"], "POST", "/messages/send_personalized", FORM, broken))["error"]["message"]
    )


def test_multipart_bodies_are_decoded_with_their_files(apps: dict[str, MockApp]) -> None:
    parts = [
        b'--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello',
        b'--XyZ\r\nContent-Disposition: form-data; name="phoneNumbers"\r\n\r\n+34600000000',
        b'--XyZ\r\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff",
        b"--XyZ--\r\n",
    ]
    headers = {
        "Authorization": "mock-boolky-api-key",
        "language": "EN",
        "content-type": "multipart/form-data; boundary=XyZ",
    }
    reply = call(apps["boolky"], "POST", "/sendMms", headers, b"\r\n".join(parts))
    assert reply.status == 200, reply.body
    nameless = b'--XyZ\r\nContent-Disposition: form-data; name="photos"\r\n\r\n\x80\xff'  # RFC 7578: filename optional
    assert (
        call(apps["boolky"], "POST", "/sendMms", headers, b"\r\n".join([*parts[:2], nameless, parts[3]])).status == 200
    )
    refused = call(apps["boolky"], "POST", "/sendMms", headers, b"\r\n".join(parts[:2] + parts[3:]))
    assert refused.status == 400
    assert "photos" in _json(refused)["error"]["localizedMessage"]


@pytest.mark.parametrize(
    ("headers", "body", "fragment"),
    [
        (BSG, b'{"destination": ', "cannot decode"),
        (BSG, b"[NaN]", "cannot decode"),
        ({**BSG, "content-type": "text/plain"}, b"{}", "not accepted"),
        ({"X-API-KEY": "test_mock-bsg-api-key"}, b"{}", "not accepted"),
    ],
)
def test_broken_bodies_are_refused_in_the_dialect(
    apps: dict[str, MockApp], headers: dict[str, str], body: bytes, fragment: str
) -> None:
    reply = call(apps["bsg"], "POST", "/sms/create", headers, body)
    assert reply.status == 200
    assert _json(reply)["error"] == 7
    assert fragment in _json(reply)["errorDescription"]


def _asgi(app: MockApp, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> list[dict[str, Any]]:
    scope = {"type": "http", "method": "POST", "path": "/sms/create", "raw_path": b"/sms/create", "headers": headers}
    pending = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def test_oversize_bodies_are_refused_whether_announced_or_streamed() -> None:
    app = MockApp(document("bsg"), Settings(max_body_bytes=10))
    key = [(b"x-api-key", b"test_mock-bsg-api-key")]
    for headers, chunks in (([(b"content-length", b"11"), *key], [b"x" * 11]), (key, [b"x" * 6, b"y" * 6])):
        start, body = _asgi(app, headers, chunks)
        assert start["status"] == 200
        assert "larger than 10 bytes" in json.loads(body["body"])["errorDescription"]


def test_a_document_without_a_dialect_or_credentials_is_refused_with_the_pointer() -> None:
    doc = document("bsg")
    with pytest.raises(DialectError, match="#/x-error-dialect: missing"):
        MockApp({**doc, "x-error-dialect": None})
    schemes = {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-KEY"}}
    with pytest.raises(SecurityError, match="ApiKeyAuth/x-mock-credentials: missing"):
        MockApp({**doc, "components": {**doc["components"], "securitySchemes": schemes}})


def test_an_empty_form_body_is_an_empty_object_and_a_missing_json_body_is_still_required(
    apps: dict[str, MockApp],
) -> None:
    listed = call(apps["smsgateway24"], "POST", f"/getallsms?{GATEWAY_TOKEN}", FORM, b"")
    assert "smss" in _json(listed)  # every filter is optional: an empty form is a valid request
    sent = _json(call(apps["smsgateway24"], "POST", f"/addsms?{GATEWAY_TOKEN}", FORM, b""))
    assert sent["error"] == 1
    assert "sendto" in sent["message"]  # the empty object is validated, not taken for a missing body
    missing = _json(call(apps["bsg"], "POST", "/rest/sms/create", BSG, b""))
    assert "request body is required" in missing["errorDescription"]


def test_a_path_parameter_holds_its_whole_decoded_segment_even_an_encoded_slash() -> None:
    router: Router[str] = Router()
    router.add("/sms/reference/{reference}", Route("/sms/reference/{reference}", {"get": "by-reference"}), [""], [])
    router.add("/sms/{id}.json", Route("/sms/{id}.json", {"get": "suffixed"}), [""], [])
    found = router.match("/sms/reference/a%2Fb%0Ac")
    assert found is not None
    assert found[1] == {"reference": "a/b\nc"}
    suffixed = router.match("/sms/%2F.json")
    assert suffixed is not None
    assert suffixed[1] == {"id": "/"}
    assert router.match("/sms/reference/a/b") is None  # an unencoded slash still separates segments


def test_the_token_operation_issues_the_token_the_mock_accepts_for_its_test_login_only(
    apps: dict[str, MockApp],
) -> None:
    login = b"email=user%40example.com&pass=S3cret-Passw0rd"  # x-mock-credentials.login: the spec's example login
    issued = _json(call(apps["smsgateway24"], "POST", "/gettoken", FORM, login))
    assert issued["token"] == "mock-smsgateway24-token"
    sent = call(apps["smsgateway24"], "GET", f"/addsms?token={issued['token']}&sendto=%2B49157&body=hi&device_id=1")
    assert _json(sent)["error"] == 0
    assert _json(call(apps["smsgateway24"], "GET", f"/gettoken?{login.decode()}")) == issued  # the GET twin
    incorrect = {"error": 1, "message": "Login or password incorrect"}  # the vendor's documented answer
    wrong = b"email=user%40example.com&pass=guess"
    assert _json(call(apps["smsgateway24"], "POST", "/gettoken", FORM, wrong)) == incorrect
    assert _json(call(apps["smsgateway24"], "GET", "/gettoken?email=a%40b.c&pass=S3cret-Passw0rd")) == incorrect
    other = MockApp(document("smsgateway24"), Settings(credentials={"TokenAuth.pass": "other"}))
    assert _json(call(other, "POST", "/gettoken", FORM, b"email=user%40example.com&pass=other")) == issued
