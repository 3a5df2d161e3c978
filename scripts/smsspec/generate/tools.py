"""The pinned generator tools, run as subprocesses of this interpreter so the venv's versions are the ones used.

A tool's failure becomes an ``SmsspecError`` carrying its own output, one finding per meaningful line, so the
user sees why (e.g. openapi-python-client's warnings, which ``--fail-on-warning`` turns into a failure).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from smsspec.findings import Finding, SmsspecError


def run_module(module: str, args: list[str], cwd: Path, subject: str, rule: str) -> str:
    """``python -m module args`` in ``cwd``; its stdout, or ``SmsspecError`` (``rule``) with its output."""
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line.strip() for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        message = " | ".join(lines[-12:]) or f"exit status {result.returncode}"
        raise SmsspecError([Finding(subject, "", rule, f"{module} failed: {message}")])
    return result.stdout


def ruff_fix_and_format(directory: Path, subject: str) -> None:
    """Apply the ruff configuration found in ``directory`` (safe fixes only, then formatting)."""
    run_module("ruff", ["check", "--no-cache", "--fix-only", "--quiet", "."], directory, subject, "client-ruff-failed")
    run_module("ruff", ["format", "--no-cache", "--quiet", "."], directory, subject, "client-ruff-failed")
