"""Shared fixtures: the project root, and a throw-away project built from a small valid spec."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest_plugins = ["smsspec.mock.testing"]  # the fixtures the project ships: smsspec_mock, webhook_receiver

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose only spec (``specs/boolky``) is the small valid ``named`` fixture; cwd is its root."""
    shutil.copytree(FIXTURES / "bundle" / "named", tmp_path / "specs" / "boolky")
    monkeypatch.chdir(tmp_path)
    return tmp_path
