"""The contract suite against every provider's mock in-process (fixed seed, modest examples), and its reports."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from smsspec import contract
from smsspec.cli import main
from smsspec.layout import PROVIDERS
from smsspec.mock.app import MockApp
from smsspec.mock.store import LOG_SIZE
from smsspec.mock.testing import MockServer
from smsspec.operations import operations
from tests.mock.conftest import document

EXAMPLES = int(os.environ.get("SMSSPEC_CONTRACT_EXAMPLES", "10"))
STATEFUL_EXAMPLES = 30  # scenarios of the stateful-only run: enough to reach every stateful link target


@pytest.mark.parametrize("provider", PROVIDERS)
def test_schemathesis_finds_nothing_and_every_operation_answered_2xx(provider: str) -> None:
    doc = document(provider)
    settings = contract.config(doc, contract.mock_credentials(doc), seed=1, examples=EXAMPLES)
    report = contract.run(doc, settings, app=MockApp(doc))
    assert report.ok, report.summary(provider)
    operations = {
        f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item if m in ("get", "post", "put", "delete")
    }
    assert set(report.statuses) == operations
    assert report.stateful.scenarios > 0
    assert report.stateful.succeeded, report.summary(provider)  # the stateful phase followed links to a success


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_stateful_phase_follows_links_to_the_records_their_creates_made(provider: str) -> None:
    """Only the stateful phase, with more scenarios: nothing fails, and operations the links led to read, changed
    or deleted records that creates of this run made. The mock's request log says which records each call touched;
    the answers alone cannot tell, since vendors report a miss in a 200 body. (A miss is legitimate too: a link
    may be followed after another one deleted the record.)"""
    doc = document(provider)
    app = MockApp(doc)
    settings = contract.config(doc, contract.mock_credentials(doc), seed=1, examples=STATEFUL_EXAMPLES)
    settings["phases"].update({phase: {"enabled": False} for phase in ("examples", "coverage", "fuzzing")})
    report = contract.run(doc, settings, app=app)
    assert (report.failures, report.errors) == ([], []), report.summary(provider)
    log = app.engine.requests()
    assert len(log) < LOG_SIZE, "the request log overflowed: early creates are gone; run fewer examples"
    operation_ids = {f"{op.method.upper()} {op.path}": op.operation_id for op in operations(doc)}
    reached = {operation_ids[link.rsplit(" -> ", 1)[1]] for link in report.stateful.succeeded}
    created: set[tuple[str, str]] = set()
    found: dict[str, int] = {}
    for entry in log:
        state = entry.get("state") or {}
        ids = {(str(state.get("collection")), str(ident)) for ident in state.get("ids", [])}
        if state.get("action") == "create":
            created |= ids
        elif ids and ids <= created and entry["operation"] in reached:
            found[entry["operation"]] = found.get(entry["operation"], 0) + 1
    assert found, f"{provider}: no operation a link led to found a record a create made ({report.summary(provider)})"


def test_a_run_that_only_saw_errors_fails_and_says_so_in_junit(tmp_path: Path) -> None:
    doc = document("octopush")
    settings = contract.config(doc, {}, seed=1, examples=2)  # no credentials: every call is refused
    report = contract.run(doc, settings, app=MockApp(doc))
    assert not report.ok
    assert report.without_success == sorted(report.statuses)
    report.junit(tmp_path / "junit.xml", "octopush")
    suite = ET.parse(tmp_path / "junit.xml").getroot()
    assert suite.get("failures") == str(len(report.statuses))
    assert "NO 2xx" in report.summary("octopush")


def test_2xx_dialect_refusals_do_not_count_as_success() -> None:
    """SerwerSMS refuses a call without credentials with HTTP 200 and its error envelope: no success at all.
    (Not SmsGateway24: its mock's gettoken hands out the working token, which the stateful phase then uses.)"""
    doc = document("serwersms")
    report = contract.run(doc, contract.config(doc, {}, seed=1, examples=2), app=MockApp(doc))
    assert report.without_success == sorted(report.statuses)
    assert all(0 in seen for seen in report.statuses.values())  # its 200 answers were counted as refusals


def test_credentials_come_from_named_environment_variables() -> None:
    doc = document("octopush")
    environ = {"SMSSPEC_OCTOPUSH_APIKEY": "k", "SMSSPEC_OCTOPUSH_APILOGIN": "l", "OTHER": "x"}
    assert contract.credentials_from_env("octopush", doc, environ) == {"ApiKey": "k", "ApiLogin": "l"}
    assert contract.config(doc, {"ApiKey": "k"}, seed=1, examples=1)["auth"] == {
        "openapi": {"ApiKey": {"api_key": "k"}}
    }


def test_smsspec_contract_runs_the_stateful_phase_against_a_server(
    smsspec_mock: Callable[..., MockServer], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = smsspec_mock("smsgateway24")
    monkeypatch.setenv("SMSSPEC_SMSGATEWAY24_TOKENAUTH", "mock-smsgateway24-token")
    code = main(["contract", "smsgateway24", "--base-url", server.url + "/getdata", "--examples", "5", "--steps", "4"])
    out = capsys.readouterr().out
    assert code == 0, out
    followed = re.search(r"stateful: \d+ scenarios, \d+ steps; (\d+) of (\d+) links followed to a 2xx", out)
    assert followed is not None, out
    assert int(followed[1]) > 0
    assert any(e.get("state", {}).get("action") == "get" and e["state"]["ids"] for e in server.requests())
