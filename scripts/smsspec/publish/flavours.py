"""The files a bundled document is published as: named bundle, fully dereferenced and OpenAPI 3.0.3, each as YAML
and JSON twins, plus the notes on what the 3.0 flavour cannot express."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from prance.util.resolver import RESOLVE_INTERNAL, RefResolver

from smsspec import yamlio
from smsspec.findings import Finding
from smsspec.publish.downgrade import downgrade

# Flavour suffix → what it is; every flavour is written as ``<provider>.<suffix>.yaml`` and ``.json``.
FLAVOURS: dict[str, str] = {
    "openapi": "OpenAPI 3.1, bundled (named components)",
    "deref": "OpenAPI 3.1, fully dereferenced",
    "openapi30": "OpenAPI 3.0.3, down-converted from the bundle",
}


@dataclass(frozen=True)
class Flavours:
    """File name (relative to ``generated/specs``) → content, and the 3.0 conversion notes as warnings."""

    files: dict[str, str]
    notes: list[Finding]


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """Every ``$ref`` replaced by its target, through prance (recursive schemas keep their ``$ref``)."""
    resolver = RefResolver(
        copy.deepcopy(document),
        "file:///bundle.json",
        resolve_types=RESOLVE_INTERNAL,
        recursion_limit_handler=_keep_recursive_ref,
    )
    resolver.resolve_references()
    result: dict[str, Any] = resolver.specs
    return result


def _keep_recursive_ref(limit: int, parsed_url: Any, recursions: Any = ()) -> dict[str, str]:
    """A schema that contains itself cannot be inlined: it keeps a local ``$ref`` to its component."""
    return {"$ref": "#" + parsed_url.fragment}


def spec_files(provider: str, document: dict[str, Any]) -> Flavours:
    """Every flavour of one provider's bundled 3.1 ``document``."""
    openapi30, notes = downgrade(document)
    documents = {"openapi": document, "deref": dereference(document), "openapi30": openapi30}
    files: dict[str, str] = {}
    for suffix, flavour in documents.items():
        files[f"{provider}.{suffix}.yaml"] = yamlio.dump_yaml(flavour)
        files[f"{provider}.{suffix}.json"] = yamlio.dump_json(flavour)
    source = f"generated/specs/{provider}.openapi.yaml"
    return Flavours(files, [Finding(source, "#" + n.pointer, n.rule, n.message, "warning") for n in notes])
