"""Calling one operation of a generated client from plain JSON values.

``Call`` pairs an operation of the SDK document with its endpoint module: which spec parameter becomes which
keyword of ``sync_detailed``, where the request body's schema is, and how to turn JSON values into the typed
arguments the client's own annotations ask for (models through ``from_dict``, enums, dates, files). Nothing
here names a provider, a model or an operation: everything is read from the document and the client.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import io
import types
import typing
import uuid
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from smsspec import refs
from smsspec.generate import naming
from smsspec.generate.auth import Connect
from smsspec.mock.security import Guard, Scheme
from smsspec.operations import Operation, deref, deref_pointer, operations

from .strategies import HEADER_ALPHABET, SchemaStrategies, jsonable

BODY = "body"


@dataclass(frozen=True)
class Parameter:
    """One parameter of the operation: its spec name and location, its keyword and its schema."""

    name: str
    location: str
    argument: str
    schema: str  # JSON pointer
    required: bool
    example: tuple[bool, Any]


@dataclass(frozen=True)
class Call:
    """An operation with its endpoint module: ``arguments`` turns JSON inputs into ``sync_detailed`` keywords."""

    document: dict[str, Any]
    operation: Operation
    module: types.ModuleType
    parameters: tuple[Parameter, ...]
    body: str | None  # JSON pointer of the request body's schema
    body_required: bool
    body_example: tuple[bool, Any]

    @property
    def label(self) -> str:
        return f"{self.operation.method.upper()} {self.operation.path} ({self.operation.operation_id})"

    def input(self, name: str, sdk: SchemaStrategies, served: SchemaStrategies) -> st.SearchStrategy[Any]:
        """Valid values of one input (``body`` or a parameter name): drawn from the schema of the document the
        mock serves (the vendor's constraints) and valid against the SDK document's (what the client models)."""
        if name == BODY:
            assert self.body is not None
            pointer, alphabet = self.body, None
        else:
            parameter = next(p for p in self.parameters if p.name == name)
            pointer, alphabet = parameter.schema, HEADER_ALPHABET if parameter.location == "header" else None
        wanted = served_inputs(served.document, str(self.operation.operation_id)).get(name)
        if wanted is None:
            return sdk.valid(pointer, alphabet)
        return served.valid(wanted, alphabet, also=sdk.schemas.validator(pointer))

    def inputs(
        self, sdk: SchemaStrategies, served: SchemaStrategies, credentials: dict[str, str]
    ) -> st.SearchStrategy[dict[str, Any]]:
        """Valid JSON inputs: every required parameter and body, any subset of the optional ones; body fields that
        carry credentials (``x-body-credentials``, the token operation's login; field → accepted value in
        ``credentials``) get the accepted one."""
        required: dict[str, st.SearchStrategy[Any]] = {}
        optional: dict[str, st.SearchStrategy[Any]] = {}
        for p in self.parameters:
            (required if p.required or p.location == "path" else optional)[p.name] = self.input(p.name, sdk, served)
        if self.body is not None:
            body = self.input(BODY, sdk, served).map(lambda b: _with_credentials(b, credentials))
            (required if self.body_required else optional)[BODY] = body
        return st.fixed_dictionaries(required, optional=optional)

    def arguments(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` (``body`` and spec parameter names → JSON) as typed keywords of ``sync_detailed``."""
        hints = typing.get_type_hints(self.module.sync_detailed)
        found: dict[str, Any] = {}
        for parameter in self.parameters:
            if parameter.name in values:
                found[parameter.argument] = typed(hints[parameter.argument], values[parameter.name])
        if BODY in values:
            found[BODY] = typed(hints[BODY], values[BODY], prefer=self.body_class(values[BODY]))
        return found

    def body_class(self, value: Any) -> str | None:
        """The class the generator made for the request body's schema branch that ``value`` is valid against."""
        named = naming.request_body(self.document, self.operation)
        if named is None:
            return None
        return naming.schema_class(self.document, naming.matching_component(self.document, named[0], jsonable(value)))


def call(document: dict[str, Any], operation: Operation, package: types.ModuleType) -> Call:
    """The ``Call`` of ``operation`` in the client ``package``; a spec parameter with no keyword is an error."""
    module = _import(package, f"api.{naming.tag_module(operation)}.{naming.endpoint_module(operation)}")
    accepted = set(inspect.signature(module.sync_detailed).parameters)
    parameters = []
    for pointer in _parameters(document, operation):
        node = refs.resolve(document, pointer)
        if node.get("x-client-parameter") is True:
            continue  # sent by connect(), not a keyword of the operation
        argument = naming.argument(node["name"])
        if argument not in accepted:
            raise LookupError(f"{operation.operation_id}: parameter {node['name']!r} has no keyword {argument!r}")
        schema = deref_pointer(document, refs.join(pointer, "schema"))
        example = naming.first_example(node, document)
        parameters.append(Parameter(node["name"], node["in"], argument, schema, bool(node.get("required")), example))
    body: str | None = None
    body_required = False
    body_example: tuple[bool, Any] = (False, None)
    if "requestBody" in operation.node:
        at = deref_pointer(document, refs.join(operation.pointer, "requestBody"))
        request = refs.resolve(document, at)
        media = next(iter(request.get("content") or {}), None)
        if media is not None:
            body = refs.join(at, "content", media, "schema")
            body_required = bool(request.get("required"))
            body_example = naming.first_example(request["content"][media], document)
    return Call(document, operation, module, tuple(parameters), body, body_required, body_example)


def _with_credentials(value: Any, credentials: dict[str, str]) -> Any:
    """The body with every credential field it holds set to the accepted value (drawn ones would be refused)."""
    if not isinstance(value, dict):
        return value
    return {k: credentials.get(k, v) for k, v in value.items()}


def served_inputs(document: dict[str, Any], operation_id: str) -> dict[str, str]:
    """Input name (``body`` or a parameter name) → schema pointer, for the operation ``operation_id`` of
    ``document``; empty when the document has no such operation."""
    found: dict[str, str] = {}
    for operation in operations(document):
        if operation.operation_id != operation_id or operation.section != "paths":
            continue
        for pointer in _parameters(document, operation):
            found[refs.resolve(document, pointer)["name"]] = deref_pointer(document, refs.join(pointer, "schema"))
        if "requestBody" in operation.node:
            at = deref_pointer(document, refs.join(operation.pointer, "requestBody"))
            media = next(iter(refs.resolve(document, at).get("content") or {}), None)
            if media is not None:
                found[BODY] = refs.join(at, "content", media, "schema")
    return found


def _parameters(document: dict[str, Any], operation: Operation) -> list[str]:
    """Pointers of the operation's parameters, path-item ones included unless the operation overrides them."""
    item_at = operation.pointer.rsplit("/", 1)[0]
    found: dict[tuple[str, str], str] = {}
    for at in (item_at, operation.pointer):
        for index, _ in enumerate(refs.resolve(document, at).get("parameters") or []):
            pointer = deref_pointer(document, refs.join(at, "parameters", index))
            node = refs.resolve(document, pointer)
            found[(node["name"], node["in"])] = pointer
    return list(found.values())


def _import(package: types.ModuleType, name: str) -> types.ModuleType:
    module = __import__(f"{package.__name__}.{name}", fromlist=["sync_detailed"])
    assert isinstance(module, types.ModuleType)
    return module


def typed(annotation: Any, value: Any, prefer: str | None = None) -> Any:
    """``value`` (JSON) as the type ``annotation`` names: the first member of a union that accepts it
    (``prefer``, a class name, first), a model through ``from_dict``, an enum, a date, a file, a list of those."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(annotation) if m is not type(None) and _name(m) != "Unset"]
        members.sort(key=lambda m: _name(m) != prefer)
        problems = []
        for member in members:
            try:
                return typed(member, value)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                problems.append(f"{_name(member)}: {exc!r}")
        raise TypeError(f"{value!r} fits none of {annotation}: {'; '.join(problems)}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [typed(typing.get_args(annotation)[0], item) for item in value]
    if annotation is Any or not isinstance(annotation, type):
        return value
    return _scalar(annotation, value)


def _scalar(kind: type, value: Any) -> Any:
    if issubclass(kind, enum.Enum):
        return kind(value)
    if hasattr(kind, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return kind.from_dict(value)
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if kind is datetime.date:
        return datetime.date.fromisoformat(value)
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if _name(kind) == "File":
        made: Any = kind
        return made(payload=io.BytesIO(value))
    accepted: dict[type, tuple[type, ...]] = {int: (int,), float: (int, float), str: (str,), bool: (bool,)}
    if not isinstance(value, accepted.get(kind, (kind,))) or (kind is not bool and isinstance(value, bool)):
        raise TypeError(f"{value!r} is not {kind.__name__}")
    return value


def _name(kind: Any) -> str:
    return str(getattr(kind, "__name__", kind))


def connect_arguments(guard: Guard, connect: Connect) -> dict[str, str]:
    """The keywords of ``connect`` with the mock's test credentials; settings (``x-client-parameter``) get their
    documented example."""
    found: dict[str, str] = {}
    for credential in connect.credentials:
        found[credential.argument] = credential.example
        for scheme in guard.schemes.values():
            if credential.location == "body" and credential.key in scheme.body:
                found[credential.argument] = scheme.body[credential.key]
            elif _carries(scheme, credential.location, credential.key):
                found[credential.argument] = scheme.value
    return found


def _carries(scheme: Scheme, location: str, key: str) -> bool:
    """Whether ``scheme`` is the one sent as ``key`` in ``location`` (an apiKey, or an http scheme's header)."""
    if scheme.kind == "apiKey":
        return (scheme.location, scheme.param) == (location, key)
    return scheme.kind == "http" and (location, key.lower()) == ("header", "authorization")


def response_schema(document: dict[str, Any], operation: Operation, status: str) -> dict[str, Any] | None:
    """The response's media type object (its first), or ``None`` when the response has no body."""
    response = deref(document, operation.node["responses"][status])
    content = response.get("content") or {}
    media: dict[str, Any] | None = next(iter(content.values()), None)
    return media
