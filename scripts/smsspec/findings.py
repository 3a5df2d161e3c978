"""Findings: what every check returns, as data. The CLI decides what they mean for the exit code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem, located precisely enough to fix without reading the tool's code.

    ``rule`` is a stable kebab-case id (``example-invalid``); ``location`` is a line (``line 12``) or a JSON
    pointer inside ``file`` (``#/post/responses/200``); ``message`` says what is wrong and how to fix it.
    """

    file: str
    location: str
    rule: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.location}" if self.location else self.file
        return f"{where}: {self.severity}: {self.rule}: {self.message}"


class SmsspecError(Exception):
    """Raised when input is unusable; carries every finding that explains why."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = sorted(findings)
        super().__init__("\n".join(str(f) for f in self.findings))


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]
