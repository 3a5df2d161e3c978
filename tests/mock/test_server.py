"""``smsspec mock`` over real HTTP on 127.0.0.1: the banner, a success with the test key, the vendor's auth error."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from smsspec.findings import SmsspecError
from smsspec.mock import server
from smsspec.mock.app import MockApp
from tests.conftest import ROOT
from tests.mock.conftest import document


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def bsg_url() -> Iterator[str]:
    port = _free_port()
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
