"""Every documented answer parses into its own class: success and error bodies (also 200-with-error) are distinct."""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema
import pytest

from smsspec.generate import naming
from smsspec.layout import PROVIDERS
from smsspec.operations import deref, operations

from .conftest import sdk_document


def _cases(provider: str) -> list[tuple[str, str, str, Any, str]]:
    """(tag module, endpoint module, status, example value, expected class) for every response example."""
    document = sdk_document(provider)
    cases = []
    for op in operations(document):
        if op.section != "paths":
            continue
        for status, response in op.node["responses"].items():
            for media in (deref(document, response).get("content") or {}).values():
                branches = naming.response_branches(document, op, status)
                for example in (media.get("examples") or {}).values():
                    value = deref(document, example)["value"]
                    matching = [b for b in branches if _valid(document, b, value)]
                    assert len(matching) == 1, (op.operation_id, status, value)
                    expected = naming.schema_class(document, naming.matching_component(document, matching[0], value))
                    code = "200" if status == "default" else status
                    cases.append((naming.tag_module(op), naming.endpoint_module(op), code, value, expected))
    return cases


def _valid(document: dict[str, Any], component: str, value: Any) -> bool:
    schema = {"$ref": f"#/components/schemas/{component}", "components": document["components"]}
    return jsonschema.Draft202012Validator(schema).is_valid(value)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_response_example_parses_into_the_class_of_its_schema(provider: str, client_package: Any) -> None:
    client = client_package(provider).Client(base_url="https://example.test")
    cases = _cases(provider)
    wrong = []
    for tag, module, status, value, expected in cases:
        endpoint = client_package(provider, f"api.{tag}.{module}")
        parsed = endpoint._parse_response(client=client, response=httpx.Response(int(status), json=value))
        if type(parsed).__name__ != expected:
            wrong.append((module, status, expected, type(parsed).__name__))
    assert cases
    assert wrong == []
