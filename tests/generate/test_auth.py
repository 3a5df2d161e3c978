"""Authentication in one call, as each spec describes it, checked against a test double of the network."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from smsspec.findings import SmsspecError
from smsspec.generate import auth, naming
from smsspec.layout import PROVIDERS
from smsspec.operations import deref, operations

from .conftest import sdk_document

Answer = Callable[[httpx.Request], tuple[int, Any]]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Callable[[Answer], list[httpx.Request]]:
    """Replace the network: every request is recorded and answered by ``answer`` (status, JSON body)."""

    def install(answer: Answer) -> list[httpx.Request]:
        seen: list[httpx.Request] = []

        def handle(_: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            status, body = answer(request)
            content = None if body is None else json.dumps(body).encode()
            return httpx.Response(status, content=content, request=request)

        monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
        return seen

    return install


def _sent(request: httpx.Request, credential: auth.Credential) -> str | None:
    if credential.location == "header":
        value = request.headers.get(credential.key)
    elif credential.location == "query":
        value = request.url.params.get(credential.key)
    else:
        value = json.loads(request.content).get(credential.key)
    return value if isinstance(value, str) else None


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_connect_sends_its_credentials(provider: str, client_package: Any, server: Any) -> None:
    module = client_package(provider, "auth")
    seen = server(lambda _: (200, {}))
    connects = auth.derive(sdk_document(provider)).connects
    for connect in connects:
        values = {c.argument: f"value-of-{c.argument}" for c in connect.credentials}
        client = getattr(module, connect.function)(**values)
        client.get_httpx_client().post("/probe", json={"kept": 1})
        request = seen.pop()
        for c in connect.credentials:
            assert _sent(request, c) == c.prefix + values[c.argument], (connect.function, c)
        if connect.where("body"):
            assert json.loads(request.content)["kept"] == 1
    assert len(connects) >= 1


def _example_answer(document: dict[str, Any], wanted: str | None = None) -> Answer:
    """Answer each request with the first (or the ``wanted``) example of the first 2xx response with a body of
    the operation it addresses; no body when no 2xx response has one."""
    prefix = urlsplit(document["servers"][0]["url"]).path.rstrip("/")

    def answer(request: httpx.Request) -> tuple[int, Any]:
        for op in operations(document):
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(prefix + op.path))
            if (
                op.section == "paths"
                and op.method == request.method.lower()
                and re.fullmatch(pattern, request.url.path)
            ):
                answered = [(int(s), deref(document, r)) for s, r in op.node["responses"].items() if s.startswith("2")]
                status, response = next(((s, r) for s, r in answered if "content" in r), (answered[0][0], None))
                if response is None:
                    return status, None
                examples = next(iter(response["content"].values()))["examples"]
                chosen = examples[wanted] if wanted in examples else next(iter(examples.values()))
                return status, deref(document, chosen)["value"]
        raise AssertionError(f"no operation for {request.method} {request.url}")

    return answer


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if auth.derive(sdk_document(p)).token])
def test_fetch_token_returns_the_token_or_raises(provider: str, client_package: Any, server: Any) -> None:
    document = sdk_document(provider)
    helper = auth.derive(document).token
    assert helper is not None
    module = client_package(provider, "auth")
    body = getattr(client_package(provider, "models"), helper.body_class).from_dict({"email": "a@b.c", "pass": "x"})
    op = next(
        o for o in operations(document) if f".{naming.endpoint_module(o)}" in helper.module and o.method == "post"
    )
    examples = next(iter(deref(document, op.node["responses"]["200"])["content"].values()))["examples"]
    for name, example in examples.items():
        value = deref(document, example)["value"]
        server(_example_answer(document, name))
        if helper.field in value:
            assert module.fetch_token(body) == value[helper.field]
        else:
            with pytest.raises(module.AuthError):
                module.fetch_token(body)


def test_a_scheme_without_mock_credentials_is_reported() -> None:
    document = copy.deepcopy(sdk_document("bsg"))
    del document["components"]["securitySchemes"]["ApiKeyAuth"]["x-mock-credentials"]
    with pytest.raises(SmsspecError) as raised:
        auth.derive(document)
    assert [f.rule for f in raised.value.findings] == ["client-mock-credentials-missing"]
