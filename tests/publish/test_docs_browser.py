"""The published docs in a real browser: Debian's headless Chromium, driven by Playwright, pages served locally.

Each provider page must render every operation (its operationId, shown by Swagger UI), log no console error and
request nothing beyond the local server. A screenshot per provider lands in ``build/artifacts/docs/``.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, sync_playwright

from smsspec import yamlio
from smsspec.layout import PROVIDERS
from smsspec.operations import operations

from ..conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = ROOT / "build" / "artifacts" / "docs"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access log on stderr."""


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    """``generated/`` served on 127.0.0.1 (docs link to ../specs, so the whole tree)."""
    handler = functools.partial(_Quiet, directory=str(ROOT / "generated"))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()
        thread.join()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """One headless Chromium with a fresh profile for every page of this module."""
    if not Path(CHROMIUM).is_file():
        pytest.skip(
            f"CHROMIUM NOT INSTALLED: {CHROMIUM} is missing, so the docs were NOT checked in a browser; "
            "install it with `apt-get install -y chromium` (.ci/run does)"
        )
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"), executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        yield context
        context.close()


class _Watch:
    """Console errors, page errors and every request URL of one page."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def external(self, origin: str) -> list[str]:
        return [url for url in self.requests if not url.startswith((origin + "/", "data:"))]


def _open(browser: BrowserContext, url: str) -> tuple[Page, _Watch]:
    page = browser.new_page()
    watch = _Watch(page)
    page.goto(url, wait_until="networkidle")
    return page, watch


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_page_renders_every_operation_offline(browser: BrowserContext, origin: str, provider: str) -> None:
    page, watch = _open(browser, f"{origin}/docs/{provider}.html")
    page.wait_for_selector(".opblock")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{provider}.png", full_page=True)
    text = page.inner_text("#swagger-ui")
    page.close()
    document = yamlio.load(ROOT / "generated" / "specs" / f"{provider}.openapi.yaml")
    missing = [op.operation_id or op.pointer for op in operations(document) if (op.operation_id or "") not in text]
    assert missing == []
    assert watch.errors == []
    assert watch.external(origin) == []


def test_index_lists_every_provider_and_every_link_resolves(browser: BrowserContext, origin: str) -> None:
    page, watch = _open(browser, f"{origin}/docs/index.html")
    links: list[str] = page.eval_on_selector_all("a", "elements => elements.map(e => e.href)")
    rows = page.inner_text("tbody").splitlines()
    statuses = {url: page.request.get(url).status for url in sorted(set(links))}
    page.close()
    assert len(rows) == len(PROVIDERS)
    assert {f"{origin}/docs/{provider}.html" for provider in PROVIDERS} <= set(links)
    assert {url: status for url, status in statuses.items() if status != 200} == {}
    assert watch.errors == []
    assert watch.external(origin) == []
