"""The five provider specs: valid, complete against the issue's operation list, and faithful to the seeds."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import pytest

from smsspec import yamlio
from smsspec.layout import PROVIDERS, Layout
from smsspec.operations import deref, media_examples, operations
from smsspec.pipeline import Built, build

from ..conftest import FIXTURES, ROOT

# A copy of ../shared/reference/seed-payloads.yaml, so a clone of this repository alone runs every test.
SEED_PAYLOADS = FIXTURES / "reference" / "seed-payloads.yaml"
SHARED_SEED_PAYLOADS = ROOT.parent / "shared" / "reference" / "seed-payloads.yaml"


def _ops(prefix: str, spec: str) -> set[tuple[str, str]]:
    """``"GET /a POST|PUT /b"`` → {(get, prefix/a), (post, prefix/b), (put, prefix/b)}."""
    pairs = re.findall(r"([A-Z|]+) (\S+)", spec)
    return {(m.lower(), prefix + path) for methods, path in pairs for m in methods.split("|")}


SERWERSMS_PATHS = [
    "groups/index",
    "groups/add",
    "groups/edit",
    "groups/delete",
    "groups/check",
    "groups/view",
    "contacts/index",
    "contacts/add",
    "contacts/edit",
    "contacts/delete",
    "contacts/view",
    "contacts/import",
    "messages/send_sms",
    "messages/send_personalized",
    "messages/view",
    "messages/reports",
    "messages/delete",
    "messages/recived",
    "account/limits",
    "error/{code}",
]
SMSGATEWAY24_GET_OR_POST = (
    "gettoken addsms smstosend getallsms savetag savecontact savepaket getalldevices getsmsstatus getdevicestatus"
)

# Every operation the spec-suite issue lists, as full URL paths (server path + path item).
EXPECTED: dict[str, set[tuple[str, str]]] = {
    "boolky": _ops(
        "",
        "POST /sendSms POST /calculateSmsPrice POST /sendMms POST /calculateMmsPrice GET /getSmsStatus "
        "PUT /addContacts GET /getContacts POST /deleteContacts PUT /addGroup GET /GetAllGroups DELETE /deleteGroup "
        "GET /getAllGroupsHistory GET /getAllMessageHistory GET /getBalance",
    ),
    "bsg": _ops(
        "/rest",
        "PUT|POST /sms/create PUT /sms/price GET /sms/{id} GET /sms/reference/{reference} GET /sms/task/{task_id} "
        "GET /sms/prices GET /sms/prices/{tariff} PUT|POST /viber/create PUT /viber/price GET /viber/{id} "
        "GET /viber/reference/{reference} GET /viber/prices GET /viber/prices/{tariff} PUT|POST /hlr/create "
        "GET /hlr/{id} GET /hlr/reference/{reference} GET /hlr/prices GET /hlr/prices/{tariff} GET /common/balance",
    ),
    "serwersms": _ops("", " ".join(f"POST /{path}" for path in SERWERSMS_PATHS)),
    "octopush": _ops(
        "/v1/public",
        "POST /contact/create DELETE /contact/delete POST /contact-list/create POST /contact-list/empty "
        "DELETE /contact-list/delete POST /sms-campaign/send POST /sms-campaign-on-list/create "
        "GET /sms-campaign-on-list/status POST /sms-campaign-on-list/send DELETE /sms-campaign-on-list/cancel "
        "GET /sms-campaign/draft GET /wallet/check-balance GET /wallet/check-credits",
    ),
    "smsgateway24": _ops(
        "/getdata",
        " ".join(f"GET|POST /{name}" for name in SMSGATEWAY24_GET_OR_POST.split())
        + " POST /addalotofsms POST /addsmstosenderid",
    ),
}
EXPECTED_WEBHOOKS = {"boolky": 1, "bsg": 0, "serwersms": 0, "octopush": 2, "smsgateway24": 2}


@cache
def _built(provider: str) -> Built:
    return build(Layout(ROOT), provider)


def _server_prefixes(document: dict[str, Any]) -> set[str]:
    return {urlsplit(server["url"]).path.rstrip("/") for server in document.get("servers", [])}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_spec_is_valid(provider: str) -> None:
    built = _built(provider)
    assert [str(f) for f in built.findings if f.severity == "error"] == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_listed_operation_exists(provider: str) -> None:
    document = _built(provider).bundle.document
    (prefix,) = _server_prefixes(document)
    present = {(op.method, prefix + op.path) for op in operations(document) if op.section == "paths"}
    assert EXPECTED[provider] - present == set()
    webhooks = [op for op in operations(document) if op.section == "webhooks"]
    assert len(webhooks) >= EXPECTED_WEBHOOKS[provider]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_has_examples_for_each_body(provider: str) -> None:
    document = _built(provider).bundle.document
    for op in operations(document):
        bodies = [m for m in media_examples(document, op) if m.kind != "parameter"]
        assert all(m.examples for m in bodies), f"{op.method} {op.path}"
        if op.section == "paths":
            statuses = op.node["responses"]
            assert any(str(s).startswith("2") for s in statuses), f"{op.method} {op.path} has no 2xx response"


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def _seed_cases() -> list[tuple[str, dict[str, Any]]]:
    seeds: list[dict[str, Any]] = yamlio.load(SEED_PAYLOADS)
    return [(f"{s['provider']}-{s['method']}-{s['path']}-{s['where']}-{i}", s) for i, s in enumerate(seeds)]


@pytest.mark.parametrize("seed", [s for _, s in _seed_cases()], ids=[i for i, _ in _seed_cases()])
def test_every_seed_payload_is_a_named_example_of_its_operation(seed: dict[str, Any]) -> None:
    document = _built(seed["provider"]).bundle.document
    (prefix,) = _server_prefixes(document)
    matches = [
        op
        for op in operations(document)
        if op.section == "paths" and op.method == seed["method"] and _template(prefix + op.path).match(seed["path"])
    ]
    assert matches, f"no operation {seed['method'].upper()} {seed['path']}"
    kind = "request" if seed["where"] == "request" else "response"
    values = [
        value
        for op in matches
        for media in media_examples(document, op)
        if media.kind == kind
        and (
            kind == "request"
            or seed["status"] == "any"
            or media.pointer.split("/responses/")[1].startswith(str(seed["status"]))
        )
        for value in media.examples.values()
    ]
    assert seed["payload"] in values, "seed payload is not among the operation's named examples"


def test_every_spec_file_is_plain_yaml() -> None:
    for path in sorted((ROOT / "specs").rglob("*.yaml")):
        yamlio.load(path)  # raises on duplicate keys or syntax errors


def test_the_seed_payload_copy_matches_the_shared_reference() -> None:
    if not SHARED_SEED_PAYLOADS.is_file():
        pytest.skip(f"{SHARED_SEED_PAYLOADS} is not beside this checkout; cannot compare the copy with it")
    assert SEED_PAYLOADS.read_bytes() == SHARED_SEED_PAYLOADS.read_bytes(), "copy the reference file again"


def _links(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(source operationId, link) for every link of every operation's responses, references followed."""
    found = []
    for op in operations(document):
        for response in (op.node.get("responses") or {}).values():
            for link in (deref(document, response).get("links") or {}).values():
                found.append((str(op.operation_id), deref(document, link)))
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_links_lead_to_operations_of_every_published_flavour(provider: str) -> None:
    """The SDK flavour drops twin methods (PUT, GET) and the 3.0 flavour rewrites the document: each keeps its
    links, and every link still names one of its own operations."""
    pairs, kept = {}, {}
    for flavour in ("openapi", "sdk", "openapi30"):
        document = json.loads((ROOT / "generated" / "specs" / f"{provider}.{flavour}.json").read_text())
        kept[flavour] = {str(op.operation_id) for op in operations(document) if op.section == "paths"}
        pairs[flavour] = {(source, str(link.get("operationId"))) for source, link in _links(document)}
        assert {target for _, target in pairs[flavour]} <= kept[flavour], f"{provider}.{flavour}: dangling link"
    assert pairs["openapi"], f"{provider}: no links"
    assert pairs["openapi30"] == pairs["openapi"]
    assert pairs["sdk"] == {(source, target) for source, target in pairs["openapi"] if source in kept["sdk"]}
