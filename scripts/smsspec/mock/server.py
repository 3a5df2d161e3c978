"""Serving a provider's mock: load its bundled spec, build the app, print the test credentials, run uvicorn."""

from __future__ import annotations

import gc
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from smsspec import yamlio
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import Layout
from smsspec.mock.app import MockApp, Settings
from smsspec.mock.dialect import DialectError
from smsspec.mock.security import SecurityError

CREDENTIALS_ENV = "SMSSPEC_MOCK_CREDENTIALS"


def spec_path(layout: Layout, provider: str) -> Path:
    return layout.generated_specs / f"{provider}.openapi.yaml"


def overrides(pairs: Iterable[str], environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """``Scheme=value`` / ``Scheme.field=value`` pairs from ``$SMSSPEC_MOCK_CREDENTIALS`` (``;``-separated),
    then from the command line (which wins)."""
    env = (environ if environ is not None else os.environ).get(CREDENTIALS_ENV, "")
    found: dict[str, str] = {}
    for pair in [*(p for p in env.split(";") if p.strip()), *pairs]:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SmsspecError(
                [
                    Finding(
                        CREDENTIALS_ENV, "", "credential-syntax", f"{pair!r}: write Scheme=value or Scheme.field=value"
                    )
                ]
            )
        found[name.strip()] = value
    return found


def build(layout: Layout, provider: str, settings: Settings) -> MockApp:
    """The app for ``provider``; a missing spec or a bad mock extension is one located user error."""
    path = spec_path(layout, provider)
    shown = layout.relative(path)
    if not path.is_file():
        raise SmsspecError([Finding(shown, "", "file-missing", "no bundled spec; run `make generate`")])
    document: Any = yamlio.load(path, shown)
    try:
        return MockApp(document, settings)
    except (DialectError, SecurityError) as exc:
        raise SmsspecError([Finding(shown, "", "mock-extension", f"{exc}")]) from None


def banner(provider: str, app: MockApp, host: str, port: int) -> str:
    lines = [f"smsspec mock {provider}: http://{host}:{port}"]
    bases = [b for b in app.base_paths if b]
    if bases:
        lines.append(f"  base paths: {', '.join(bases)} (and /)")
    lines.append("  test credentials (override with --credential NAME=VALUE or $" + CREDENTIALS_ENV + "):")
    lines += [f"    {name} = {value}" for name, value in app.guard.credentials().items()]
    lines.append("  Prefer: code=NNN | example=NAME | dynamic=true selects other responses")
    lines.append("  state: POST /__mock__/clock/advance?seconds=N moves the virtual clock; GET /__mock__/state")
    if app.engine.callback_url:
        lines.append(f"  webhooks go to {app.engine.callback_url} (received ones: GET /__mock__/inbox)")
    return "\n".join(lines)


FULL_COLLECTION_EVERY = 1000  # generation-1 collections per full one (CPython's default: 10)


def serve(app: MockApp, host: str, port: int, banner: str) -> None:
    """Run ``app`` until interrupted: the ``smsspec mock`` process.

    The socket is bound before ``banner`` is printed, so whoever read the banner can connect at once (a connection
    waits in the backlog until the loop runs). The state grows with every create, and CPython's full collections
    rescan all of it; at the default rate they paused every connection often enough to lift p99 from ~5 ms to
    ~40 ms under ``make bench`` load. Start-up objects (the document, compiled validators) are frozen out of
    collection and full collections made rarer; young garbage is collected as usual. Only this process is tuned:
    in-process mocks leave the host's GC alone.
    """
    listener = socket.create_server((host, port))
    print(banner, flush=True)
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        log_level="warning",
        proxy_headers=False,  # a local mock sits behind no proxy: one ASGI layer less per request
    )
    uvicorn.Server(config).run(sockets=[listener])


@contextmanager
def running(app: MockApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` over real HTTP from a background thread; yields ``http://host:port`` (port 0: a free one).

    The socket is bound before the server starts, so the port cannot be taken in between; leaving the block stops
    the server and joins its thread.
    """
    listener = socket.create_server((host, port))
    config = uvicorn.Config(app, http="httptools", ws="none", lifespan="on", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="smsspec-mock", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the mock server on {host}:{listener.getsockname()[1]} did not start")
            time.sleep(0.01)
        yield f"http://{host}:{listener.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        listener.close()
