"""Fixtures of the client property tests: each provider's mock over real HTTP and its generated client.

One server per provider per session, started on first use on a free port of 127.0.0.1 and stopped (with every
client's connection pool closed) when the session ends. The clients authenticate through their own ``connect``
functions with the mock's test credentials (``x-mock-credentials``).
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import strategies as st

from smsspec.generate import auth
from smsspec.layout import PROVIDERS
from smsspec.mock.app import MockApp
from smsspec.mock.server import running
from smsspec.operations import Operation, operations

from ..conftest import ROOT
from .calls import Call, call, connect_arguments
from .strategies import SchemaStrategies

GENERATED = ROOT / "generated"


@cache
def sdk_document(provider: str) -> dict[str, Any]:
    """The SDK flavour the client was generated from (``generated/specs/<p>.sdk.json``)."""
    loaded: dict[str, Any] = json.loads((GENERATED / "specs" / f"{provider}.sdk.json").read_text())
    return loaded


def published_document(provider: str) -> dict[str, Any]:
    """The published flavour the mock serves (``generated/specs/<p>.openapi.json``)."""
    loaded: dict[str, Any] = json.loads((GENERATED / "specs" / f"{provider}.openapi.json").read_text())
    return loaded


def client_operations(provider: str) -> list[Operation]:
    return [op for op in operations(sdk_document(provider)) if op.section == "paths"]


CASES = [
    pytest.param(p, op.operation_id, id=f"{p}-{op.operation_id}") for p in PROVIDERS for op in client_operations(p)
]


@dataclass
class Mock:
    """A provider's running mock and its generated client, connected once per ``connect`` function, with the
    strategies of the SDK document (what the client models) and of the served one (what the vendor accepts)."""

    provider: str
    app: MockApp
    url: str
    package: ModuleType
    clients: list[Any]  # one <provider>_client.Client per connect function, in the order auth derives them
    sdk: SchemaStrategies
    served: SchemaStrategies
    calls: dict[str, Call] = field(default_factory=dict)
    inputs: dict[str, st.SearchStrategy[dict[str, Any]]] = field(default_factory=dict)

    def call(self, operation_id: str) -> Call:
        if operation_id not in self.calls:
            operation = next(op for op in client_operations(self.provider) if op.operation_id == operation_id)
            self.calls[operation_id] = call(self.sdk.document, operation, self.package)
        return self.calls[operation_id]

    def strategy(self, operation_id: str) -> st.SearchStrategy[dict[str, Any]]:
        if operation_id not in self.inputs:
            schemes = self.app.guard.schemes.values()
            credentials = {k: v for scheme in schemes for k, v in (scheme.body | scheme.login).items()}
            self.inputs[operation_id] = self.call(operation_id).inputs(self.sdk, self.served, credentials)
        return self.inputs[operation_id]


@contextmanager
def imported(provider: str) -> Iterator[ModuleType]:
    """The committed client package ``<provider>_client``, importable from generated/clients while in use."""
    path = str(GENERATED / "clients" / provider)
    sys.path.insert(0, path)
    try:
        yield importlib.import_module(f"{provider}_client")
    finally:
        sys.path.remove(path)
        for name in [n for n in sys.modules if n.split(".")[0] == f"{provider}_client"]:
            del sys.modules[name]


class Mocks:
    """Starts each provider's mock on first use; everything stops when the owning ``ExitStack`` closes."""

    def __init__(self, stack: ExitStack) -> None:
        self.stack = stack
        self.started: dict[str, Mock] = {}

    def __getitem__(self, provider: str) -> Mock:
        if provider not in self.started:
            self.started[provider] = self._start(provider)
        return self.started[provider]

    def _start(self, provider: str) -> Mock:
        served = published_document(provider)
        app = MockApp(served)
        url = self.stack.enter_context(running(app))
        package = self.stack.enter_context(imported(provider))
        derived = auth.derive(sdk_document(provider))
        base_url = url + urlsplit(derived.base_url).path.rstrip("/")
        clients = []
        for connect in derived.connects:
            function = getattr(importlib.import_module(f"{package.__name__}.auth"), connect.function)
            client = function(base_url=base_url, **connect_arguments(app.guard, connect))
            clients.append(self.stack.enter_context(client))
        sdk = SchemaStrategies(sdk_document(provider))
        return Mock(provider, app, url, package, clients, sdk, SchemaStrategies(served))


@pytest.fixture(scope="session")
def mocks() -> Iterator[Mocks]:
    with ExitStack() as stack:
        yield Mocks(stack)
