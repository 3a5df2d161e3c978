"""Stateful mocks in your tests: a mock served on 127.0.0.1 in a thread, a webhook receiver, pytest fixtures.

```python
pytest_plugins = ["smsspec.mock.testing"]

def test_delivery(smsspec_mock, webhook_receiver):
    mock = smsspec_mock("smsgateway24", callback_url=webhook_receiver.url)
    httpx.post(f"{mock.url}/addsms", data={...})
    mock.advance(20)                       # the virtual clock: statuses move, webhooks are POSTed
    assert webhook_receiver.bodies[-1]["status_id"] == 7
```

Both servers are stopped (threads joined) when the fixture ends.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from smsspec import yamlio
from smsspec.layout import Layout, find_root
from smsspec.mock.app import MockApp, Settings
from smsspec.mock.control import PREFIX


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class MockServer:
    """A mock app served by uvicorn on 127.0.0.1 in a thread, with the control surface as methods."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=f"smsspec-mock-{self.port}", daemon=True)

    def start(self) -> MockServer:
        self._thread.start()
        while not self._server.started and self._thread.is_alive():
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join()

    def _control(self, method: str, path: str, **params: Any) -> Any:
        answer = httpx.request(method, f"{self.url}{PREFIX}{path}", params=params, timeout=30, trust_env=False)
        answer.raise_for_status()
        return answer.json()

    def reset(self) -> None:
        self._control("POST", "/reset")

    def advance(self, seconds: float) -> dict[str, Any]:
        result: dict[str, Any] = self._control("POST", "/clock/advance", seconds=seconds)
        return result

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self._control("GET", "/state")
        return result

    def requests(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._control("GET", "/requests")
        return result

    def webhooks(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._control("GET", "/webhooks")
        return result


class Receiver:
    """A webhook receiver on 127.0.0.1 that records JSON bodies; ``fail`` makes the next N POSTs answer 503."""

    def __init__(self) -> None:
        self.bodies: list[Any] = []
        self.fail = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                data = self.rfile.read(int(self.headers.get("content-length") or 0))
                with owner._lock:
                    failing = owner.fail > 0
                    owner.fail -= 1 if failing else 0
                    if not failing:
                        owner.bodies.append(json.loads(data))
                self.send_response(503 if failing else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/webhook"
        self._thread = threading.Thread(target=self._server.serve_forever, name="smsspec-receiver", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def load_app(provider: str, settings: Settings | None = None, spec: Path | None = None) -> MockApp:
    """The mock of ``provider`` from ``generated/specs/<provider>.openapi.yaml`` of this project (or ``spec``)."""
    path = spec or Layout(find_root()).generated_specs / f"{provider}.openapi.yaml"
    document: dict[str, Any] = yamlio.load(path)
    return MockApp(document, settings)


@pytest.fixture
def smsspec_mock() -> Iterator[Callable[..., MockServer]]:
    """A factory: ``smsspec_mock("bsg", callback_url=...)`` serves a fresh stateful mock for this test."""
    started: list[MockServer] = []

    def start(provider: str, callback_url: str | None = None, spec: Path | None = None) -> MockServer:
        server = MockServer(load_app(provider, Settings(callback_url=callback_url), spec)).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def webhook_receiver() -> Iterator[Receiver]:
    """A webhook receiver for this test (``.url``, ``.bodies``, ``.fail``)."""
    receiver = Receiver()
    yield receiver
    receiver.stop()
