"""The runnable README examples of a generated client: one per tag, built from the spec's own examples.

They call the project's mock as a user would try the client first: ``make mock PROVIDER=<p>`` serves it on
``MOCK_URL`` and accepts the test credentials of ``x-mock-credentials`` (see ``auth.Credential.mock``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smsspec.findings import Finding, SmsspecError
from smsspec.generate import naming
from smsspec.operations import Operation, deref, operations


@dataclass(frozen=True)
class Example:
    tag: str
    summary: str
    tag_module: str
    module: str
    body_class: str | None
    body: str
    arguments: tuple[tuple[str, str], ...]

    @property
    def uses_datetime(self) -> bool:
        return any(value.startswith("datetime.") for _, value in self.arguments)


MOCK_URL = "http://127.0.0.1:4010"  # where `make mock` serves (smsspec mock's default host and port)

_DATES = {"date": "datetime.date", "date-time": "datetime.datetime"}


def _parameter_literal(schema: dict[str, Any], value: Any) -> str:
    """A parameter value as the generated function takes it: dates as ``date``/``datetime`` objects."""
    kind = _DATES.get(str(schema.get("format")))
    return f"{kind}.fromisoformat({value!r})" if kind and isinstance(value, str) else naming.literal(value)


def _example(document: dict[str, Any], op: Operation) -> Example | None:
    """The README example for ``op``, or None when its body or a required parameter has no example."""
    body_class, body = None, ""
    if "requestBody" in op.node:
        found = naming.request_body(document, op)
        if found is None:
            return None
        has, value = naming.first_example(found[1], document)
        if not has:
            return None
        component = naming.matching_component(document, found[0], value)
        schema = document["components"]["schemas"][component]
        body_class, body = naming.schema_class(document, component), naming.literal(_binary(document, schema, value))
    arguments = []
    item = deref(document, document[op.section][op.path])
    for parameter in [*(item.get("parameters") or []), *(op.node.get("parameters") or [])]:
        parameter = deref(document, parameter)
        if not parameter.get("required"):
            continue
        has, value = naming.first_example(parameter, document)
        if not has:
            return None
        schema = deref(document, parameter.get("schema") or {})
        arguments.append((naming.argument(parameter["name"]), _parameter_literal(schema, value)))
    tag = op.node["tags"][0]
    summary = str(op.node.get("summary", op.operation_id))
    module = naming.endpoint_module(op)
    return Example(tag, summary, naming.tag_module(op), module, body_class, body, tuple(arguments))


def _binary(document: dict[str, Any], schema: Any, value: Any) -> Any:
    """``value`` with the strings of binary (file) fields as bytes, which the generated models expect there."""
    schema = deref(document, schema)
    if schema.get("format") == "binary" or "contentMediaType" in schema:
        return str(value).encode()
    if isinstance(value, list):
        return [_binary(document, schema.get("items") or {}, item) for item in value]
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        return {key: _binary(document, properties.get(key) or {}, item) for key, item in value.items()}
    return value


def examples(document: dict[str, Any]) -> list[Example]:
    """Per tag (in the order tags are declared), its first operation that can be shown with spec examples."""
    by_tag: dict[str, Example] = {}
    for op in operations(document):
        if op.section != "paths" or op.node["tags"][0] in by_tag:
            continue
        example = _example(document, op)
        if example is not None:
            by_tag[op.node["tags"][0]] = example
    order = [t["name"] for t in document.get("tags") or []]
    tags = {op.node["tags"][0] for op in operations(document) if op.section == "paths"}
    missing = sorted(tags - set(by_tag))
    if missing:
        message = "no operation of this tag has examples for its body and required parameters; add some"
        raise SmsspecError(
            Finding("<sdk document>", f"tag {t}", "client-readme-example-missing", message) for t in missing
        )
    return sorted(by_tag.values(), key=lambda e: order.index(e.tag) if e.tag in order else len(order))
