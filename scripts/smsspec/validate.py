"""Validation of a bundled spec against the OpenAPI 3.1 schema, every error (the house rules are in ``rules``)."""

from __future__ import annotations

from typing import Any

from smsspec import refs
from smsspec.bundle import Bundle
from smsspec.findings import Finding


def openapi_findings(bundle: Bundle) -> list[Finding]:
    # imported here: a fifth of a second that a no-op ``generate`` (which trusts its manifest) need not pay
    from openapi_spec_validator import OpenAPIV31SpecValidator

    validator = OpenAPIV31SpecValidator(bundle.document)
    found = []
    try:
        for error in validator.iter_errors():
            pointer = _locate(bundle.document, refs.join("", *error.absolute_path), error.instance)
            first = error.message.splitlines()[0]
            message = first if len(first) <= 240 else first[:239] + "…"
            found.append(bundle.finding(pointer, "openapi-invalid", f"{message}; see the OpenAPI 3.1 specification"))
    except LookupError as exc:  # the validator's own walk trips over some malformed objects (a nameless parameter)
        message = f"the document is malformed where the validator expected {exc}; check required fields"
        found.append(bundle.finding("", "openapi-invalid", message))
    return found


def _locate(document: Any, pointer: str, instance: Any) -> str:
    """Where in the document an error is. The validator reports an error inside a schema relative to that schema
    (``#/anyOf/1`` for ``#/components/schemas/S/anyOf/1``); then the first node whose pointer ends the same way
    and that holds the offending value is the one meant."""
    try:
        if not pointer or refs.resolve(document, pointer) == instance:
            return pointer
    except LookupError:
        pass
    found = (at for at, node in refs.walk(document) if at.endswith(pointer) and node == instance)
    return next(found, pointer)
