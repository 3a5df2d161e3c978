"""The files a provider's documents are published as, each as YAML and JSON twins: the published document
(``<p>.openapi``), fully dereferenced (``<p>.deref``), down-converted to OpenAPI 3.0.3 (``<p>.openapi30``) and every
overlay flavour (``<p>.sdk``), plus the notes on what the 3.0 flavour cannot express."""

from __future__ import annotations

import copy
from typing import Any

from prance.util.resolver import RESOLVE_INTERNAL, RefResolver

from smsspec import yamlio
from smsspec.findings import Finding
from smsspec.layout import PUBLISHED
from smsspec.publish.downgrade import downgrade

# File suffix → what it is; each is written as ``<provider>.<suffix>.yaml`` and ``.json``.
FILES: dict[str, str] = {
    "openapi": "OpenAPI 3.1, bundled (named components), overlays applied: what every consumer reads",
    "deref": "OpenAPI 3.1, fully dereferenced",
    "openapi30": "OpenAPI 3.0.3, down-converted from the published document",
    "sdk": "OpenAPI 3.1, the SDK flavour the clients and models are generated from",
}


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """Every ``$ref`` replaced by its target, through prance (recursive schemas keep their ``$ref``)."""
    resolver = RefResolver(
        copy.deepcopy(document),
        "file:///bundle.json",
        resolve_types=RESOLVE_INTERNAL,
        recursion_limit_handler=_keep_ref,
    )
    resolver.resolve_references()
    result: dict[str, Any] = resolver.specs
    return result


def _keep_ref(limit: int, parsed_url: Any, recursions: Any = ()) -> dict[str, str]:
    """prance's hook for a recursive schema: leave that one ``$ref`` in place instead of failing."""
    return {"$ref": "#" + parsed_url.fragment}


def notes(provider: str, document: dict[str, Any]) -> list[Finding]:
    """What the 3.0 flavour of the published ``document`` cannot express, as warnings located in the 3.1 file."""
    source = f"generated/specs/{provider}.openapi.yaml"
    return [Finding(source, "#" + n.pointer, n.rule, n.message, "warning") for n in downgrade(document)[1]]


def spec_files(provider: str, documents: dict[str, dict[str, Any]]) -> dict[str, str]:
    """File name (relative to ``generated/specs``) → content, for every flavour of one provider's ``documents``."""
    published = documents[PUBLISHED]
    named = {"openapi": published, "deref": dereference(published), "openapi30": downgrade(published)[0]}
    named.update((flavour, document) for flavour, document in documents.items() if flavour != PUBLISHED)
    files: dict[str, str] = {}
    for name, document in named.items():
        files[f"{provider}.{name}.yaml"] = yamlio.dump_yaml(document)
        files[f"{provider}.{name}.json"] = yamlio.dump_json(document)
    return files
