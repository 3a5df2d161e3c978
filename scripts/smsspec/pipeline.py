"""specs → bundle → overlays → validated documents: the one entry point the layers above use.

Overlays (``overlays/<p>/NN-<purpose>.overlay.yaml``) are applied in name order. One without an ``x-flavour``
shapes the published document every consumer reads (``openapi``); one whose root says ``x-flavour: sdk``
applies on top of that, only for the flavour the clients and models are generated from. Every flavour is
validated as OpenAPI 3.1; the house rules run on the published one (they are about the source files).

The OpenAPI schema check is the slow part (about a quarter of a second per document). A caller that can vouch
that exactly these documents passed it before — ``generate`` can, through its manifest — passes ``trusted`` and
the check is skipped; the house rules, which also read the source files, always run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smsspec import rules
from smsspec.bundle import Bundle, bundle
from smsspec.findings import Finding, SmsspecError, errors
from smsspec.layout import FLAVOURS, PUBLISHED, Layout
from smsspec.overlay import ActionReport, apply_overlay, load_overlay, overlay_paths
from smsspec.validate import openapi_findings

FLAVOUR_KEY = "x-flavour"

Trusted = Callable[[str, dict[str, dict[str, Any]]], bool]
"""``trusted(provider, documents)``: True when these very documents (every flavour) are known to be valid OpenAPI."""


@dataclass(frozen=True)
class Applied:
    """One overlay file as applied: the flavour it shapes and what each of its actions did."""

    file: str
    flavour: str
    actions: list[ActionReport]


@dataclass(frozen=True)
class Built:
    """One provider's bundle, its documents per flavour (overlays applied) and every finding about them."""

    provider: str
    bundle: Bundle
    documents: dict[str, dict[str, Any]]
    overlays: list[Applied]
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not errors(self.findings)

    @property
    def document(self) -> dict[str, Any]:
        """The published document: bundled, general overlays applied — what mocks, tests and docs read."""
        return self.documents[PUBLISHED]


def build(layout: Layout, provider: str, trusted: Trusted | None = None) -> Built:
    """Bundle, overlay and validate one provider; unusable input (bad YAML, dangling refs, bad overlays) raises."""
    result = bundle(layout.spec_root(provider), display=layout.relative)
    paths = overlay_paths(layout.overlay_dir(provider), layout.relative)
    documents, applied = apply_overlays(result.document, paths, layout.relative)
    published = dataclasses.replace(result, document=documents[PUBLISHED])
    findings = rules.check(published, layout.spec_dir(provider))
    if trusted is None or not trusted(provider, documents):
        for document in documents.values():
            findings += openapi_findings(dataclasses.replace(result, document=document))
    return Built(provider, published, documents, applied, sorted(set(findings)))


def apply_overlays(
    document: dict[str, Any], paths: list[Path], display: Callable[[Path], str] = str
) -> tuple[dict[str, dict[str, Any]], list[Applied]]:
    """The document per flavour, overlay files applied in name order (``document`` itself is never changed).

    Problems of every overlay file are collected, then raised together."""
    loaded: list[tuple[str, str, dict[str, Any]]] = []
    problems: list[Finding] = []
    for path in sorted(paths, key=lambda p: p.name):
        name = display(path)
        try:
            overlay = load_overlay(path, name)
        except SmsspecError as exc:
            problems.extend(exc.findings)
            continue
        flavour = overlay.get(FLAVOUR_KEY, PUBLISHED)
        if flavour not in FLAVOURS:
            known = ", ".join(f for f in FLAVOURS if f != PUBLISHED)
            message = f"unknown flavour {flavour!r}; use one of: {known} (or omit {FLAVOUR_KEY} for every flavour)"
            problems.append(Finding(name, "#/" + FLAVOUR_KEY, "overlay-flavour-unknown", message))
            continue
        loaded.append((name, flavour, overlay))
    documents = {PUBLISHED: document}
    applied: list[Applied] = []
    for flavour in FLAVOURS:  # the published flavour first: the others start from it
        current = documents[PUBLISHED]
        for name, wanted, overlay in loaded:
            if wanted != flavour:
                continue
            try:
                current, reports = apply_overlay(current, overlay, name)
            except SmsspecError as exc:
                problems.extend(exc.findings)
                continue
            applied.append(Applied(name, flavour, reports))
        documents[flavour] = current
    if problems:
        raise SmsspecError(problems)
    return documents, applied


def build_all(layout: Layout, providers: list[str], trusted: Trusted | None = None) -> list[Built]:
    """Build every provider; when any is unusable or has an error finding, raise with the findings of all of them
    (nothing may be generated from an invalid spec). Warnings stay on the returned ``Built``s."""
    built: list[Built] = []
    problems: list[Finding] = []
    for provider in providers:
        try:
            built.append(build(layout, provider, trusted))
        except SmsspecError as exc:
            problems.extend(exc.findings)
    if problems or not all(b.ok for b in built):
        raise SmsspecError(problems + [f for b in built for f in b.findings])
    return built
