"""The files a bundled document is published as: named bundle and fully dereferenced, each as YAML and JSON."""

from __future__ import annotations

import copy
from typing import Any

from prance.util.resolver import RESOLVE_INTERNAL, RefResolver

from smsspec import yamlio
from smsspec.layout import PUBLISHED


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


def spec_files(provider: str, documents: dict[str, dict[str, Any]]) -> dict[str, str]:
    """File name (relative to ``generated/specs``) → content, for every flavour of one provider.

    The published document as ``<p>.openapi`` and dereferenced as ``<p>.deref``; every other flavour (overlays
    with ``x-flavour``) as ``<p>.<flavour>``, so users see exactly what the clients were generated from.
    """
    published = documents[PUBLISHED]
    named = {"openapi": published, "deref": dereference(published)}
    named.update((flavour, document) for flavour, document in documents.items() if flavour != PUBLISHED)
    files: dict[str, str] = {}
    for name, document in named.items():
        files[f"{provider}.{name}.yaml"] = yamlio.dump_yaml(document)
        files[f"{provider}.{name}.json"] = yamlio.dump_json(document)
    return files
