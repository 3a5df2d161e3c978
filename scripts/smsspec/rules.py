"""House rules (DESIGN.md section 4) as findings with stable ids. Pure: reads a bundle, returns data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from smsspec import changelog, refs
from smsspec.bundle import Bundle
from smsspec.findings import Finding
from smsspec.layout import COMPONENT_TYPES, path_file_name
from smsspec.operations import Operation, deref, deref_pointer, media_examples, operations

OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
# OpenAPI runtime expressions (section 4.8.20.4), as a link's parameter value or a requestBody leaf
EXPRESSION = re.compile(
    r"^\$(url|method|statusCode|request\.(path|query|header)\.([^.#]+)|(request|response)\.body(#(/[^/]*)*)?"
    r"|response\.header\.[!#$%&'*+.^_`|~0-9A-Za-z-]+)$"
)
LOCATIONS = ("path", "query", "header", "cookie")
BUNDLE_URI = "urn:smsspec:bundle"


def check(bundle: Bundle, spec_dir: Path) -> list[Finding]:
    """Every house-rule finding for one bundled provider spec."""
    return [
        *_info(bundle),
        *_operations(bundle),
        *_examples(bundle),
        *_unverified(bundle),
        *_links(bundle),
        *_layout(bundle, spec_dir),
        *changelog.check(bundle, spec_dir),
    ]


def _info(bundle: Bundle) -> Iterator[Finding]:
    origin = (bundle.document.get("info") or {}).get("x-origin")
    if not isinstance(origin, list) or not origin:
        yield bundle.finding("/info", "info-missing-origin", "add info.x-origin: a list of {url, description}")
        return
    for index, entry in enumerate(origin):
        if not (isinstance(entry, dict) and isinstance(entry.get("url"), str) and entry["url"].startswith("http")):
            yield bundle.finding(refs.join("/info/x-origin", index), "info-missing-origin", "each entry needs a url")


def _operations(bundle: Bundle) -> Iterator[Finding]:
    declared = {t.get("name") for t in bundle.document.get("tags") or [] if isinstance(t, dict)}
    seen: dict[str, str] = {}
    for op in operations(bundle.document):
        at, oid = op.pointer, op.operation_id
        if op.section == "paths":
            if oid is None:
                yield bundle.finding(at, "operation-id-missing", "add an operationId <resource>_<verb>[_<qualifier>]")
            elif not OPERATION_ID.match(oid):
                yield bundle.finding(
                    at,
                    "operation-id-convention",
                    f"operationId {oid!r} must be snake_case <resource>_<verb>[_<qualifier>]",
                )
            if oid is not None and oid in seen:
                yield bundle.finding(at, "operation-id-duplicate", f"operationId {oid!r} is also used at {seen[oid]}")
            elif oid is not None:
                seen[oid] = f"{op.method.upper()} {op.path}"
        for key in ("summary", "description"):
            if not str(op.node.get(key) or "").strip():
                yield bundle.finding(at, f"operation-missing-{key}", f"add a {key}")
        tags = op.node.get("tags") or []
        if len(tags) != 1:
            yield bundle.finding(at, "operation-tag-count", f"give exactly one tag (has {len(tags)})")
        for tag in tags:
            if tag not in declared:
                yield bundle.finding(at, "tag-undeclared", f"tag {tag!r} is not declared in the root tags")


def _examples(bundle: Bundle) -> Iterator[Finding]:
    document = bundle.document
    registry: Registry[Any] = Registry().with_resource(
        BUNDLE_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    for op in operations(document):
        for media in media_examples(document, op):
            if media.kind != "parameter" and not media.examples:
                yield bundle.finding(
                    media.pointer, "operation-missing-example", f"add named `examples` to this {media.kind} body"
                )
            if media.schema_pointer is None:
                continue
            validator = Draft202012Validator(
                {"$ref": f"{BUNDLE_URI}#{media.schema_pointer}"},
                registry=registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            for name, value in media.examples.items():
                error = next(iter(sorted(validator.iter_errors(value), key=lambda e: e.path)), None)
                if error is not None:
                    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                    yield bundle.finding(
                        refs.join(media.pointer, "examples", name),
                        "example-invalid",
                        f"example {name!r} at {where}: {_short(error.message)}; fix the example or schema",
                    )


def _unverified(bundle: Bundle) -> Iterator[Finding]:
    for pointer, node in refs.walk(bundle.document):
        if isinstance(node, dict) and "x-unverified" in node:
            reason = node["x-unverified"]
            if not (isinstance(reason, str) and reason.strip()):
                yield bundle.finding(
                    refs.join(pointer, "x-unverified"),
                    "unverified-without-reason",
                    "x-unverified must be a sentence saying why the fact is unconfirmed",
                )


def _links(bundle: Bundle) -> Iterator[Finding]:
    """Every link names an operation of this document, only parameters that operation declares (prefixed with
    their location where given), and well-formed runtime expressions; ``$request.<location>.<name>`` must be a
    parameter of the operation the link starts from."""
    document = bundle.document
    by_id = {op.operation_id: op for op in operations(document) if op.section == "paths" and op.operation_id}
    for source in by_id.values():
        for status in source.node.get("responses") or {}:
            response = deref_pointer(document, refs.join(source.pointer, "responses", status))
            for name in refs.resolve(document, response).get("links") or {}:
                at = deref_pointer(document, refs.join(response, "links", name))
                yield from _link(bundle, at, refs.resolve(document, at), source, by_id)


def _link(
    bundle: Bundle, at: str, link: dict[str, Any], source: Operation, by_id: dict[str, Operation]
) -> Iterator[Finding]:
    target = by_id.get(str(link.get("operationId")))
    if target is None:
        yield bundle.finding(
            at, "link-target-unknown", f"no operation {link.get('operationId')!r}; name an operationId"
        )
        return
    declared = _parameters(bundle.document, target)
    for key in link.get("parameters") or {}:
        location, _, name = key.partition(".") if key.split(".", 1)[0] in LOCATIONS else ("", "", key)
        if not any(n == name and (not location or loc == location) for loc, n in declared):
            message = f"{target.operation_id} declares no parameter {key!r}; use one of theirs (location.name)"
            yield bundle.finding(at, "link-parameter-unknown", message)
    if "requestBody" in link and "requestBody" not in target.node:
        yield bundle.finding(at, "link-parameter-unknown", f"{target.operation_id} takes no request body")
    values = [*(link.get("parameters") or {}).values(), *_leaves(link.get("requestBody"))]
    own = _parameters(bundle.document, source)
    for value in values:
        if not isinstance(value, str) or not value.startswith("$"):
            continue
        match = EXPRESSION.match(value)
        if match is None:
            yield bundle.finding(at, "link-expression-invalid", f"{value!r} is not a runtime expression")
        elif match.group(2) and (match.group(2), match.group(3)) not in own:
            where = f"{source.method.upper()} {source.path}"
            message = f"{value!r}: {where} has no {match.group(2)} parameter {match.group(3)!r}"
            yield bundle.finding(at, "link-expression-invalid", message)


def _parameters(document: dict[str, Any], operation: Operation) -> set[tuple[str, str]]:
    """(location, name) of every parameter of the operation, its path item's included."""
    item_pointer = refs.join("/paths", operation.path)
    item = refs.resolve(document, deref_pointer(document, item_pointer))
    found = set()
    for node in [*(item.get("parameters") or []), *(operation.node.get("parameters") or [])]:
        parameter = deref(document, node)
        found.add((str(parameter.get("in")), str(parameter.get("name"))))
    return found


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def _layout(bundle: Bundle, spec_dir: Path) -> Iterator[Finding]:
    used = {path.resolve() for path in bundle.component_files.values()}
    for kind in COMPONENT_TYPES:
        for path in sorted((spec_dir / "components" / kind).rglob("*.yaml")):
            if path.resolve() not in used:
                yield Finding(
                    bundle.display(path), "", "component-unused", "nothing references it; delete it or $ref it"
                )
    for section in ("paths", "webhooks"):
        for name in bundle.document.get(section) or {}:
            pointer = refs.join("/" + section, name)
            origin = bundle.origins.get(pointer)
            expected = path_file_name(name) if section == "paths" else f"webhook_{name}.yaml"
            if origin is None:
                yield bundle.finding(
                    pointer, "path-item-not-ref", f"move this path item to paths/{expected} and $ref it"
                )
            elif origin[0].name != expected:
                yield bundle.finding(pointer, "path-file-name", f"name its file paths/{expected}")


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"
