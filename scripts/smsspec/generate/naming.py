"""The names openapi-python-client gives to a document's tags, operations and component schemas.

Computed with the generator's own string functions, so the ``auth`` module and the README refer to exactly the
modules and classes it writes. ``x-sdk-class-overrides`` on the document root (set by a naming overlay) maps a
generated class name to a better one; it is handed to the generator as its ``class_overrides``.
"""

from __future__ import annotations

import pprint
from typing import Any

import jsonschema
from openapi_python_client import strings

from smsspec import refs
from smsspec.operations import Operation, deref

FIELD_PREFIX = "field_"
_SCHEMAS = "#/components/schemas/"


def class_overrides(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    overrides: dict[str, dict[str, str]] = document.get("x-sdk-class-overrides") or {}
    return overrides


def schema_class(document: dict[str, Any], component: str) -> str:
    """The class generated for ``#/components/schemas/<component>``."""
    name = str(strings.ClassName(component, FIELD_PREFIX))
    return class_overrides(document).get(name, {}).get("class_name", name)


def tag_module(op: Operation) -> str:
    return str(strings.PythonIdentifier(op.node["tags"][0], "tag"))


def endpoint_module(op: Operation) -> str:
    return str(strings.PythonIdentifier(op.node["operationId"], FIELD_PREFIX))


def argument(name: str) -> str:
    """The keyword argument a parameter or property named ``name`` becomes."""
    return str(strings.PythonIdentifier(name, FIELD_PREFIX))


def component_ref(schema: Any) -> str | None:
    """``Name`` when ``schema`` is exactly a ``$ref`` to ``#/components/schemas/Name``."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return refs.unescape(ref[len(_SCHEMAS) :]) if isinstance(ref, str) and ref.startswith(_SCHEMAS) else None


def request_body(document: dict[str, Any], op: Operation) -> tuple[str, dict[str, Any]] | None:
    """(component name, media type object) of the operation's first request body media type, if it is a ref."""
    body = deref(document, op.node.get("requestBody") or {})
    for media in (body.get("content") or {}).values():
        component = component_ref(media.get("schema"))
        return (component, media) if component else None
    return None


def response_branches(document: dict[str, Any], op: Operation, status: str = "200") -> list[str]:
    """Component names a response's JSON schema may be: its ``oneOf``/``anyOf`` branches, or the schema itself."""
    response = deref(document, (op.node.get("responses") or {}).get(status) or {})
    names: list[str] = []
    for media in (response.get("content") or {}).values():
        schema = media.get("schema") or {}
        for branch in schema.get("oneOf") or schema.get("anyOf") or [schema]:
            component = component_ref(branch)
            if component and component not in names:
                names.append(component)
    return names


def response_class_with(document: dict[str, Any], op: Operation, prop: str) -> str | None:
    """The class of the 200 response branch whose schema has the property ``prop``."""
    for component in response_branches(document, op):
        schema = deref(document, document["components"]["schemas"][component])
        if prop in (schema.get("properties") or {}):
            return schema_class(document, component)
    return None


def literal(value: Any) -> str:
    """``value`` as a Python literal (JSON's true/null are not Python)."""
    return pprint.pformat(value, width=100, sort_dicts=False)


def first_example(node: dict[str, Any], document: dict[str, Any]) -> tuple[bool, Any]:
    for example in (node.get("examples") or {}).values():
        return True, deref(document, example).get("value")
    schema = deref(document, node.get("schema") or {})
    for key in ("example", "default"):
        for holder in (node, schema):
            if key in holder:
                return True, holder[key]
    listed = schema.get("examples") or schema.get("enum")
    return (True, listed[0]) if listed else (False, None)


def matching_component(document: dict[str, Any], component: str, value: Any) -> str:
    """``component``, or for a ``oneOf``/``anyOf`` of component refs (no class of its own) the branch ``value``
    is valid against."""
    schema = document["components"]["schemas"][component]
    for branch in schema.get("oneOf") or schema.get("anyOf") or []:
        name = component_ref(branch)
        check = jsonschema.Draft202012Validator({"$ref": f"{_SCHEMAS}{name}", "components": document["components"]})
        if name and check.is_valid(value):
            return name
    return component
