"""``smsspec mock`` and ``make mock`` over real HTTP on 127.0.0.1: the banner, a success with the test key, the vendor's
auth error, webhooks into the built-in inbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from smsspec.findings import SmsspecError
from smsspec.mock import server
from smsspec.mock.app import MockApp
from smsspec.mock.testing import free_port
from tests.conftest import ROOT
from tests.mock.conftest import document


@pytest.fixture(scope="module")
def bsg_url() -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "smsspec", "mock", "bsg", "--port", str(port), "--credential", "ApiKeyAuth=test_k"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(4)]
        assert "ApiKeyAuth = test_k" in "".join(banner)
        url = f"http://127.0.0.1:{port}/rest"
        for _ in range(100):
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_the_test_key_succeeds_and_anything_else_gets_the_vendor_auth_error(bsg_url: str) -> None:
    ok = httpx.get(f"{bsg_url}/common/balance", headers={"X-API-KEY": "test_k"})
    assert ok.status_code == 200
    assert ok.json()["error"] == 0
    refused = httpx.get(f"{bsg_url}/common/balance", headers={"X-API-KEY": "test_mock-bsg-api-key"})
    assert refused.json() == {"error": 1, "errorDescription": "Invalid API key"}


def test_oversize_and_unknown_paths_answer_cleanly_over_http(bsg_url: str) -> None:
    big = httpx.post(f"{bsg_url}/sms/create", headers={"X-API-KEY": "test_k"}, content=b"x" * 2_000_000)
    assert big.status_code == 200
    assert "larger than" in big.json()["errorDescription"]
    assert httpx.get(f"{bsg_url}/no/such/path").status_code == 404


def test_credential_overrides_come_from_the_environment_then_the_flags() -> None:
    environ = {server.CREDENTIALS_ENV: "ApiKeyAuth=from-env; Other.field=v"}
    assert server.overrides(["ApiKeyAuth=from-flag"], environ) == {"ApiKeyAuth": "from-flag", "Other.field": "v"}
    with pytest.raises(SmsspecError, match="Scheme=value"):
        server.overrides(["no-equals-sign"], {})


def test_running_serves_on_a_free_port_and_stops_when_the_block_ends() -> None:
    with server.running(MockApp(document("bsg"))) as url:
        assert url.startswith("http://127.0.0.1:")
        ok = httpx.get(f"{url}/rest/common/balance", headers={"X-API-KEY": "test_mock-bsg-api-key"})
        assert ok.status_code == 200
        assert ok.json()["error"] == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/rest/common/balance")


def test_make_mock_prints_its_start_up_lines_and_posts_webhooks_to_its_own_inbox() -> None:
    """``make mock`` as a user runs it: a real process whose first lines say where it listens, the credentials,
    the control surface and where webhooks go; then a sent SMS reaches that inbox when the clock moves."""
    port = free_port()
    command = ["make", "--no-print-directory", "mock", "PROVIDER=smsgateway24", f"PORT={port}"]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while len(lines) < 20 and not (lines and lines[-1].startswith("  webhooks go to")):  # make echoes its command
            lines.append(process.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        assert f"smsspec mock smsgateway24: {url}\n" in lines, lines
        assert "    TokenAuth = mock-smsgateway24-token\n" in lines, lines
        assert any("/__mock__/clock/advance?seconds=N" in line for line in lines), lines
        assert f"  webhooks go to {url}/__mock__/inbox (received ones: GET /__mock__/inbox)\n" in lines, lines
        form = {"token": "mock-smsgateway24-token", "sendto": "+4915700000001", "body": "hi", "device_id": "1"}
        httpx.post(f"{url}/addsms", data=form, timeout=10).raise_for_status()
        httpx.post(f"{url}/__mock__/clock/advance", params={"seconds": 20}, timeout=10).raise_for_status()
        inbox = httpx.get(f"{url}/__mock__/inbox", timeout=10).json()
        assert [body["status_id"] for body in inbox] == [3, 2, 6, 7]
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # make and the mock it started: their own process group
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
