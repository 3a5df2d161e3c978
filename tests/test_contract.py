"""The contract suite against every provider's mock in-process (fixed seed, modest examples), and its reports."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smsspec import contract
from smsspec.layout import PROVIDERS
from smsspec.mock.app import MockApp
from tests.mock.conftest import document

EXAMPLES = int(os.environ.get("SMSSPEC_CONTRACT_EXAMPLES", "10"))


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
    doc = document("smsgateway24")
    report = contract.run(doc, contract.config(doc, {}, seed=1, examples=2), app=MockApp(doc))
    refused = [label for label in report.without_success if "gettoken" not in label]
    assert refused


def test_credentials_come_from_named_environment_variables() -> None:
    doc = document("octopush")
    environ = {"SMSSPEC_OCTOPUSH_APIKEY": "k", "SMSSPEC_OCTOPUSH_APILOGIN": "l", "OTHER": "x"}
    assert contract.credentials_from_env("octopush", doc, environ) == {"ApiKey": "k", "ApiLogin": "l"}
    assert contract.config(doc, {"ApiKey": "k"}, seed=1, examples=1)["auth"] == {
        "openapi": {"ApiKey": {"api_key": "k"}}
    }
