"""Every published flavour of every provider: YAML and JSON twins agree, deref has no $ref, 3.0 validates as 3.0."""

from __future__ import annotations

import json
from functools import cache

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from smsspec import refs, yamlio
from smsspec.bundle import bundle
from smsspec.layout import PROVIDERS, Layout
from smsspec.pipeline import build
from smsspec.publish.flavours import FILES, notes, spec_files

from ..conftest import FIXTURES, ROOT


@cache
def _files(provider: str) -> dict[str, str]:
    return spec_files(provider, build(Layout(ROOT), provider).documents)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_yaml_and_json_twins_hold_the_same_content(provider: str) -> None:
    files = _files(provider)
    assert sorted(files) == sorted(f"{provider}.{suffix}.{ext}" for suffix in FILES for ext in ("yaml", "json"))
    for suffix in FILES:
        name = f"{provider}.{suffix}"
        assert yamlio.loads(files[name + ".yaml"], name) == json.loads(files[name + ".json"])


@pytest.mark.parametrize("provider", PROVIDERS)
def test_dereferenced_flavour_has_no_ref(provider: str) -> None:
    # None of the specs has a recursive schema (the only kind prance leaves as a $ref); if one ever does, this
    # test names it, and the exception belongs here with the reason.
    document = json.loads(_files(provider)[f"{provider}.deref.json"])
    assert [pointer for pointer, _ in refs.internal_refs(document)] == []
    assert list(OpenAPIV31SpecValidator(document).iter_errors()) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_3_0_flavour_validates_as_openapi_3_0(provider: str) -> None:
    document = json.loads(_files(provider)[f"{provider}.openapi30.json"])
    assert document["openapi"] == "3.0.3"
    assert [error.message for error in OpenAPIV30SpecValidator(document).iter_errors()] == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_3_0_notes_are_warnings_located_in_the_3_1_bundle(provider: str) -> None:
    bundled = json.loads(_files(provider)[f"{provider}.openapi.json"])
    for note in notes(provider, bundled):
        assert note.severity == "warning"
        assert note.file == f"generated/specs/{provider}.openapi.yaml"
        refs.resolve(bundled, note.location.removeprefix("#"))  # raises when the pointer names nothing


def test_recursive_schema_keeps_a_resolvable_ref_when_dereferenced() -> None:
    document = bundle(FIXTURES / "bundle" / "named" / "openapi.yaml").document  # Pet.parent is a Pet
    flat = json.loads(spec_files("boolky", {"openapi": document})["boolky.deref.json"])
    found = list(refs.internal_refs(flat))
    assert found
    assert {ref for _, ref in found} == {"#/components/schemas/Pet"}
    assert all(pointer.endswith("/properties/parent") for pointer, _ in found)
    assert refs.resolve(flat, "/components/schemas/Pet")["type"] == "object"
