"""Fixtures of the mock tests: every provider's bundled document and a mock app built from it."""

from __future__ import annotations

from typing import Any

import pytest

from smsspec import yamlio
from smsspec.layout import PROVIDERS
from smsspec.mock.app import MockApp
from smsspec.mock.wire import Reply, Request
from tests.conftest import ROOT


def document(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yamlio.load(ROOT / "generated" / "specs" / f"{provider}.openapi.yaml")
    return loaded


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def call(app: MockApp, method: str, path: str, headers: dict[str, str] | None = None, body: bytes = b"") -> Reply:
    """One request through the app's synchronous core (path may carry a query string)."""
    raw_path, _, query = path.partition("?")
    request = Request(method, {k.lower(): v for k, v in (headers or {}).items()}, query.encode(), body)
    return app.handle(request, raw_path)
