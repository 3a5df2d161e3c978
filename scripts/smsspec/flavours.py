"""The files a bundled document is published as: named bundle and fully dereferenced, each as YAML and JSON."""

from __future__ import annotations

import copy
from typing import Any

from prance.util.resolver import RESOLVE_INTERNAL, RefResolver

from smsspec import yamlio


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """Every ``$ref`` replaced by its target, through prance (recursive schemas keep their ``$ref``)."""
    resolver = RefResolver(copy.deepcopy(document), "file:///bundle.json", resolve_types=RESOLVE_INTERNAL)
    resolver.resolve_references()
    result: dict[str, Any] = resolver.specs
    return result


def spec_files(provider: str, document: dict[str, Any]) -> dict[str, str]:
    """File name (relative to ``generated/specs``) → content, for every flavour of one provider."""
    flat = dereference(document)
    return {
        f"{provider}.openapi.yaml": yamlio.dump_yaml(document),
        f"{provider}.openapi.json": yamlio.dump_json(document),
        f"{provider}.deref.yaml": yamlio.dump_yaml(flat),
        f"{provider}.deref.json": yamlio.dump_json(flat),
    }
