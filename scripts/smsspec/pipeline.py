"""specs → bundle → overlays → validated document: the one entry point the layers above use."""

from __future__ import annotations

from dataclasses import dataclass

from smsspec.bundle import Bundle, bundle
from smsspec.findings import Finding, SmsspecError, errors
from smsspec.layout import Layout
from smsspec.validate import validate


@dataclass(frozen=True)
class Built:
    """One provider's bundled (and, later, overlaid) document with every finding about it."""

    provider: str
    bundle: Bundle
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not errors(self.findings)


def build(layout: Layout, provider: str) -> Built:
    """Bundle and validate one provider; unusable input (bad YAML, dangling refs) raises ``SmsspecError``."""
    result = bundle(layout.spec_root(provider), display=layout.relative)
    return Built(provider, result, validate(result, layout.spec_dir(provider)))


def build_all(layout: Layout, providers: list[str]) -> list[Built]:
    """Build every provider, collecting the findings of all of them before failing."""
    built: list[Built] = []
    problems: list[Finding] = []
    for provider in providers:
        try:
            built.append(build(layout, provider))
        except SmsspecError as exc:
            problems.extend(exc.findings)
    if problems:
        raise SmsspecError(problems + [f for b in built for f in b.findings])
    return built
