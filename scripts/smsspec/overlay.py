"""OpenAPI Overlay 1.0.0: edits kept beside the spec, applied to the bundled document in name order.

An overlay lists actions; each selects nodes with an RFC 9535 JSONPath ``target`` (evaluated by python-jsonpath
in strict mode, never by hand-written parsing) and ``update``s or ``remove``s them. The rules below are the
specification's text (versions/1.0.0.md of OAI/Overlay-Specification), followed as written:

- "The list of actions MUST be applied in sequential order ... Actions are applied to the result of the previous
  action." The input document is never mutated; the result is a fresh tree.
- ``update``: "If the ``target`` selects an object node, the value of this field MUST be an object with the
  properties and values to merge with the selected node. If the ``target`` selects an array, the value of this
  field MUST be an entry to append to the array." So an array target gets the update as ONE new element (a list
  is appended whole, not spliced). Merge depth: "the properties in the ``update`` object are recursively merged
  with the properties in the target object with the same names; new properties are added to the target object."
  Inside that recursion, per the step list Overlay 1.1 wrote down for the same merge: a primitive replaces a
  primitive, an array is concatenated to an array, an object merges into an object; "other property value
  combinations are incompatible" (1.0.0: the properties "MUST be compatible") and are reported, not guessed.
- ``remove``: "the target object or array MUST be removed from the map or array it is contained in. The default
  value is ``false``." So ``remove: false`` is a no-op (some tools delete here; we do not). Several elements of
  one array are deleted from the highest index down, so no deletion shifts another.
- ``update`` with ``remove: true``: the update "has no impact if the ``remove`` field of this action object is
  ``true``": the nodes are removed.
- Targets: "The result of the ``target`` JSONPath expression MUST be zero or more objects or arrays (not primitive
  types or ``null`` values)" and "Primitive-valued items of an array cannot be replaced or removed individually":
  updating or removing a primitive is reported; update or remove the containing object instead.

Strictness (ours, not the specification's, which allows zero matches): an action whose target matches nothing is
an error. In a checked-in overlay that is almost always a spec change that silently made the overlay stale.
Every problem of one run is collected before raising, each located as ``<overlay file>:#/actions/N``; the
properties of an update that conflict are left as they were (the run fails anyway).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jsonpath

from smsspec import refs, yamlio
from smsspec.findings import Finding, SmsspecError

Outcome = Literal["updated", "removed", "no-op"]

OVERLAY_FILE = re.compile(r"\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.overlay\.yaml")
_VERSION = re.compile(r"1\.0\.\d+")  # "The patch version SHOULD NOT be considered by tooling"
_ENV = jsonpath.JSONPathEnvironment(strict=True)
_FIELDS: dict[str, dict[str, str]] = {  # Overlay object → its fixed fields → their kind
    "overlay": {"overlay": "string", "info": "object", "extends": "string", "actions": "array"},
    "info": {"title": "string", "version": "string"},
    "action": {"target": "string", "description": "string", "update": "any", "remove": "boolean"},
}
_REQUIRED = {"overlay", "info", "actions", "title", "version", "target"}
_CONTAINERS = ("object", "array")


@dataclass(frozen=True)
class ActionReport:
    """What one action did, for logs and for reviewing an overlay's effect."""

    index: int
    target: str
    description: str | None
    matched: int
    outcome: Outcome


def check_overlay(overlay: Any, name: str) -> list[Finding]:
    """Every structural problem of an Overlay 1.0.0 document, JSONPath syntax errors in targets included."""
    problems: list[Finding] = []

    def bad(pointer: str, message: str, rule: str = "overlay-invalid") -> None:
        problems.append(Finding(name, "#" + pointer, rule, message))

    if not _check_fields(overlay, "overlay", "", bad):
        return problems
    version = overlay.get("overlay")
    if isinstance(version, str) and not _VERSION.fullmatch(version):
        bad("/overlay", f"overlay version {version!r} is not supported; this tool applies 'overlay: 1.0.0'")
    if isinstance(overlay.get("info"), dict):  # a non-mapping info was reported as mistyped above
        _check_fields(overlay["info"], "info", "/info", bad)
    actions = overlay.get("actions")
    if actions == []:
        bad("/actions", "'actions' must list at least one action")
    for index, action in enumerate(actions if isinstance(actions, list) else []):
        at = f"/actions/{index}"
        if _check_fields(action, "action", at, bad) and isinstance(action.get("target"), str):
            try:
                _ENV.compile(action["target"])
            except jsonpath.JSONPathError as exc:
                bad(at + "/target", _jsonpath_message(action["target"], exc), "overlay-jsonpath-invalid")
    return problems


def _check_fields(node: Any, kind: str, at: str, bad: Callable[[str, str], None]) -> bool:
    """Report unknown, missing and mistyped fields of one Overlay object; False if it is not a mapping at all."""
    fields = _FIELDS[kind]
    if not isinstance(node, dict):
        bad(at, f"the {kind} object must be a mapping with the fields {', '.join(fields)}")
        return False
    for key, value in node.items():
        if key in fields and fields[key] not in ("any", _kind(value)):
            quote = "; quote it" if fields[key] == "string" and _kind(value) in ("number", "boolean") else ""
            bad(refs.join(at, key), f"{key!r} must be {_a(fields[key])}, not {_a(_kind(value))}{quote}")
        elif key not in fields and not (isinstance(key, str) and key.startswith("x-")):
            hint = " ('copy' is Overlay 1.1; this tool applies 1.0.0)" if key == "copy" else ""
            bad(refs.join(at, str(key)), f"unknown field {key!r}{hint}; allowed: {', '.join(fields)}, x- extensions")
    for key in fields:
        if key in _REQUIRED and key not in node:
            bad(at, f"missing required field {key!r} in the {kind} object; add it")
    return True


def _jsonpath_message(target: str, exc: jsonpath.JSONPathError) -> str:
    token = exc.token
    where = ""
    if token is not None:  # the end-of-query token reports index 0; the problem is past the last character
        where = f" at character {(len(target) if token.kind == jsonpath.token.TOKEN_EOF else token.index) + 1}"
    return f"target {target!r} is not an RFC 9535 JSONPath: {exc.message}{where}; fix the expression"


def load_overlay(path: Path, display: str) -> dict[str, Any]:
    """Read and check one overlay file; any structural problem raises ``SmsspecError`` with all of them."""
    overlay = yamlio.load(path, display)
    problems = check_overlay(overlay, display)
    if problems or not isinstance(overlay, dict):
        raise SmsspecError(problems)
    return overlay


def overlay_paths(directory: Path, display: Callable[[Path], str] = str) -> list[Path]:
    """``directory``'s ``NN-<purpose>.overlay.yaml`` files in name order; misnamed ``*.overlay.*`` files are refused."""
    if not directory.is_dir():
        return []
    found: list[Path] = []
    misnamed: list[Finding] = []
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if OVERLAY_FILE.fullmatch(path.name) and path.is_file():
            found.append(path)
        elif ".overlay." in path.name:
            message = "overlay files are named NN-<purpose>.overlay.yaml (two digits, kebab-case); rename it"
            misnamed.append(Finding(display(path), "", "overlay-file-name", message))
    if misnamed:
        raise SmsspecError(misnamed)
    return found


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], name: str
) -> tuple[dict[str, Any], list[ActionReport]]:
    """Apply one overlay to a copy of ``document``; raises ``SmsspecError`` with every problem of every action."""
    result, reports, problems = _apply(document, overlay, name)
    if problems:
        raise SmsspecError(problems)
    return result, reports


def _apply(
    document: dict[str, Any], overlay: dict[str, Any], name: str
) -> tuple[dict[str, Any], list[ActionReport], list[Finding]]:
    problems = check_overlay(overlay, name)
    result = refs.copy_json(document)
    if problems:
        return result, [], problems
    reports: list[ActionReport] = []
    for index, action in enumerate(overlay["actions"]):
        report, found = _action(result, index, action, name)
        reports.append(report)
        problems.extend(found)
    return result, reports, problems


def _action(
    document: dict[str, Any], index: int, action: dict[str, Any], name: str
) -> tuple[ActionReport, list[Finding]]:
    target: str = action["target"]

    def report(matched: int, outcome: Outcome) -> ActionReport:
        return ActionReport(index, target, action.get("description"), matched, outcome)

    def finding(rule: str, message: str, pointer: str = "") -> Finding:
        return Finding(name, f"#/actions/{index}{pointer}", rule, message)

    try:
        matches = _select(target, document)
    except jsonpath.JSONPathError as exc:
        return report(0, "no-op"), [finding("overlay-jsonpath-invalid", _jsonpath_message(target, exc), "/target")]
    if not matches:
        message = f"target {target!r} matches nothing; fix the JSONPath, or delete the action if it is obsolete"
        return report(0, "no-op"), [finding("overlay-target-unmatched", message)]
    if action.get("remove") is True:
        return report(len(matches), "removed"), _remove(matches, target, finding)
    if "update" in action:
        return report(len(matches), "updated"), _update(matches, action["update"], target, finding)
    return report(len(matches), "no-op"), []


def _select(target: str, document: dict[str, Any]) -> list[jsonpath.JSONPathMatch]:
    """The target's nodes, each once (an RFC 9535 nodelist may repeat a node, e.g. ``$['a','a']``)."""
    return list({match.parts: match for match in _ENV.compile(target).finditer(document)}.values())


def _remove(matches: list[jsonpath.JSONPathMatch], target: str, finding: Callable[..., Finding]) -> list[Finding]:
    problems: list[Finding] = []
    removals: list[tuple[Any, Any]] = []
    for match in matches:
        if match.parent is None:
            problems.append(finding("overlay-remove-type", f"target {target!r} selects the root; it cannot be removed"))
        elif _kind(match.obj) not in _CONTAINERS:
            message = f"target {target!r} selects {_where(match)}, {_a(_kind(match.obj))}; Overlay 1.0.0 removes only"
            problems.append(finding("overlay-remove-type", f"{message} objects and arrays: change its container"))
        else:
            removals.append((match.parent.obj, match.parts[-1]))
    if problems:
        return problems
    removals.sort(key=lambda r: r[1] if isinstance(r[0], list) else -1, reverse=True)  # highest index first
    for container, key in removals:
        del container[key]
    return []


def _update(
    matches: list[jsonpath.JSONPathMatch], value: Any, target: str, finding: Callable[..., Finding]
) -> list[Finding]:
    problems: list[Finding] = []
    for match in matches:
        node, where = match.obj, _where(match)
        if isinstance(node, list):
            node.append(refs.copy_json(value))
        elif isinstance(node, dict) and isinstance(value, dict):
            problems.extend(finding("overlay-update-type", m, "/update" + p) for p, m in _merge(node, value, where))
        elif isinstance(node, dict):
            message = f"target {target!r} selects the object {where}; update must be an object to merge into it"
            problems.append(finding("overlay-update-type", f"{message}, not {_a(_kind(value))}", "/update"))
        else:
            message = f"target {target!r} selects {where}, {_a(_kind(node))}; Overlay 1.0.0 updates only objects and"
            problems.append(finding("overlay-update-type", f"{message} arrays: update the object that contains it"))
    return problems


def _merge(node: dict[Any, Any], update: dict[Any, Any], where: str, at: str = "") -> list[tuple[str, str]]:
    """Merge ``update`` into ``node`` in place; (pointer in the update, message) for each incompatible property."""
    conflicts: list[tuple[str, str]] = []
    for key, new in update.items():
        old, here = node.get(key), refs.join(at, str(key))
        if key not in node or not {_kind(old), _kind(new)} & set(_CONTAINERS):
            node[key] = refs.copy_json(new)  # a new property, or a primitive replacing a primitive
        elif isinstance(old, dict) and isinstance(new, dict):
            conflicts += _merge(old, new, where, here)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(refs.copy_json(new))
        else:
            message = f"cannot merge {_a(_kind(new))} into the {_kind(old)} at {where}{here}"
            rule = "objects merge with objects, arrays with arrays; remove that node first, or fix the update"
            conflicts.append((here, f"{message}: {rule}"))
    return conflicts


def _where(match: jsonpath.JSONPathMatch) -> str:
    return "#" + refs.join("", *(str(part) for part in match.parts))


def _kind(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return "null" if value is None else "boolean"
    kinds = {dict: "object", list: "array", str: "string", int: "number", float: "number"}
    return next((name for kind, name in kinds.items() if isinstance(value, kind)), type(value).__name__)


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind
