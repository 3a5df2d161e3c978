"""The named-component bundler: golden output on a small spec, plus the properties the golden file shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsspec import yamlio
from smsspec.bundle import bundle
from smsspec.findings import SmsspecError

from .conftest import FIXTURES

NAMED = FIXTURES / "bundle" / "named"


def test_bundle_matches_golden_file() -> None:
    result = bundle(NAMED / "openapi.yaml")
    assert yamlio.dump_yaml(result.document) == (FIXTURES / "bundle" / "named.expected.yaml").read_text()


def test_component_files_become_named_components_and_path_files_are_inlined() -> None:
    document = bundle(NAMED / "openapi.yaml").document
    assert sorted(document["components"]["schemas"]) == ["Id", "Pet"]
    assert document["paths"]["/pets/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Pet"
    }
    assert document["components"]["securitySchemes"]["Key"] == {"type": "apiKey", "in": "header", "name": "X-Key"}


def test_recursive_schema_keeps_its_reference() -> None:
    pet = bundle(NAMED / "openapi.yaml").document["components"]["schemas"]["Pet"]
    assert pet["properties"]["parent"] == {"$ref": "#/components/schemas/Pet"}


def test_locate_maps_bundled_pointers_back_to_source_files() -> None:
    result = bundle(NAMED / "openapi.yaml")
    file, pointer = result.locate("/paths/~1pets~1{id}/get/responses/200")
    assert file.endswith("paths/pets_{id}.yaml")
    assert pointer == "#/get/responses/200"
    file, pointer = result.locate("/components/schemas/Pet/properties/name")
    assert file.endswith("components/schemas/Pet.yaml")
    assert pointer == "#/properties/name"


def test_bundling_is_deterministic() -> None:
    first = yamlio.dump_json(bundle(NAMED / "openapi.yaml").document)
    assert first == yamlio.dump_json(bundle(NAMED / "openapi.yaml").document)


def test_ref_with_pointer_into_a_component_file(project: Path) -> None:
    spec = project / "specs" / "boolky"
    path_file = spec / "paths" / "pets.yaml"
    path_file.write_text(
        path_file.read_text().replace(
            "../components/schemas/Pet.yaml", "../components/schemas/Pet.yaml#/properties/name"
        )
    )
    document = bundle(spec / "openapi.yaml").document
    items = document["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/Pet/properties/name"}


def test_a_pointer_that_does_not_exist_is_refused(project: Path) -> None:
    spec = project / "specs" / "boolky"
    path_file = spec / "paths" / "pets.yaml"
    path_file.write_text(path_file.read_text().replace("Pet.yaml", "Pet.yaml#/properties/nope"))
    with pytest.raises(SmsspecError) as caught:
        bundle(spec / "openapi.yaml")
    assert [f.rule for f in caught.value.findings] == ["ref-dangling"]
    assert caught.value.findings[0].file.endswith("paths/pets.yaml")
