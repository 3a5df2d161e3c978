"""The contract suite: Schemathesis against a provider's spec, in-process on a mock or over HTTP on any server.

One configuration for both: every check, positive and negative data, every phase, a fixed seed, and
authentication from an explicitly built config (never auto-discovered from the current directory). The stateful
phase follows the links the spec declares (create → read, change, delete) for a few steps per scenario; the
report counts the links it followed and names those it never did. Checks whose premise a vendor's dialect
contradicts are tuned from the spec, not by provider name: where the documented auth refusal is a 2xx,
``ignored_auth`` cannot tell refusal from acceptance and is off; the dialect's statuses count as rejections for
``negative_data_rejection`` and ``missing_required_header``. A run also fails when an operation never answered 2xx.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.errors import format_transition
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName

from smsspec import refs
from smsspec.operations import Operation, deref, operations

NEGATIVE_DEFAULT = ["400", "401", "403", "404", "405", "406", "409", "413", "414", "415", "422", "428"]
MISSING_HEADER_DEFAULT = ["400", "401", "403", "406", "415", "422"]
STATEFUL_STEPS = 8  # calls per stateful scenario: a create, what its links lead to, and theirs


def env_name(provider: str, scheme: str) -> str:
    """``SMSSPEC_OCTOPUSH_APIKEY``: the variable that holds one credential for ``smsspec contract``."""
    return f"SMSSPEC_{provider}_{scheme}".upper().replace("-", "_")


def credentials_from_env(provider: str, document: dict[str, Any], environ: Mapping[str, str]) -> dict[str, str]:
    """Scheme → value, for the ``SMSSPEC_<PROVIDER>_<SCHEME>`` variables that are set."""
    names = [env_name(provider, name) for name in _schemes(document)]
    return {name: environ[var] for name, var in zip(_schemes(document), names, strict=True) if var in environ}


def mock_credentials(document: dict[str, Any]) -> dict[str, str]:
    """The test credentials the document declares for its mock (``x-mock-credentials``)."""
    return {name: str((s.get("x-mock-credentials") or {}).get("value", "")) for name, s in _schemes(document).items()}


def _schemes(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemes: dict[str, dict[str, Any]] = (document.get("components") or {}).get("securitySchemes") or {}
    return schemes


def config(
    document: dict[str, Any],
    credentials: Mapping[str, str],
    *,
    seed: int,
    examples: int,
    steps: int = STATEFUL_STEPS,
) -> dict[str, Any]:
    """The Schemathesis configuration (as ``schemathesis.toml`` would hold it) for one document.

    ``examples`` is per operation and phase (the stateful phase: scenarios), ``steps`` the calls per stateful
    scenario. The specs declare their links, so Schemathesis's dependency analysis, which guesses links from
    parameter names, is off: on these RPC-style APIs it guesses wrong (``contacts/delete → messages/delete``
    with a contact id) and spends the steps; links learnt from ``Location`` headers are still added.
    """
    auth: dict[str, Any] = {}
    for name, scheme in _schemes(document).items():
        if name in credentials:  # http schemes take a bearer token, apiKey schemes (header, query, cookie) a key
            auth[name] = {"bearer" if scheme.get("type") == "http" else "api_key": credentials[name]}
    dialect = document.get("x-error-dialect") or {}
    statuses = sorted({str(kind["status"]) for kind in dialect.values() if isinstance(kind, dict)})
    auth_refused_with_2xx = 200 <= int((dialect.get("auth") or {}).get("status", 401)) < 300
    settings: dict[str, Any] = {
        "seed": seed,
        "generation": {"mode": "all", "max-examples": examples, "database": "none"},
        "phases": {
            "stateful": {"enabled": True, "max-steps": steps, "inference": {"algorithms": ["location-headers"]}}
        },
        "checks": {
            "ignored_auth": {"enabled": not auth_refused_with_2xx},
            "negative_data_rejection": {"expected-statuses": sorted({*NEGATIVE_DEFAULT, *statuses})},
            "missing_required_header": {
                "enabled": not auth_refused_with_2xx,  # a missing Authorization header must answer 401 exactly
                "expected-statuses": sorted({*MISSING_HEADER_DEFAULT, *statuses}),
            },
        },
    }
    if auth:
        settings["auth"] = {"openapi": auth}
    form_only = _form_only_operations(document)
    if form_only:
        # Form encodings carry no JSON types: a "wrong type" case (5 for [5]) is a valid request on the wire.
        settings["operations"] = [
            {"include-operation-id": form_only, "checks": {"negative_data_rejection": {"enabled": False}}}
        ]
    return settings


def _form_only_operations(document: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for item in (document.get("paths") or {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            body = operation["requestBody"]
            if "$ref" in body:
                body = refs.resolve(document, refs.split_ref(body["$ref"])[1])
            media = [m.split(";")[0].strip() for m in body.get("content") or {}]
            if media and not any(m == "application/json" or m.endswith("+json") for m in media):
                found.append(str(operation.get("operationId")))
    return sorted(found)


Refusal = tuple[int, str | None, Any]  # status, message pointer, example body with the message blanked


def refusals(document: dict[str, Any]) -> list[Refusal]:
    """Every dialect refusal the vendor answers with a 2xx status: such answers prove no success."""
    found: list[Refusal] = []
    for kind in (document.get("x-error-dialect") or {}).values():
        if isinstance(kind, dict) and 200 <= int(kind.get("status", 0)) < 300:
            example = kind.get("example") or {}
            if "$ref" in example:
                example = refs.resolve(document, refs.split_ref(example["$ref"])[1])
            pointer = kind.get("message") if isinstance(kind.get("message"), str) else None
            found.append((int(kind["status"]), pointer, _blank(example.get("value"), pointer)))
    return found


def _blank(body: Any, pointer: str | None) -> Any:
    if pointer is None or not isinstance(body, dict):
        return body
    body = copy.deepcopy(body)
    parent_pointer, _, last = pointer.rpartition("/")
    try:
        parent = refs.resolve(body, parent_pointer)
    except LookupError:
        return body
    if isinstance(parent, dict) and refs.unescape(last) in parent:
        parent[refs.unescape(last)] = None
    return body


def declared_links(document: dict[str, Any]) -> list[str]:
    """Every link of the document as Schemathesis names a transition: ``POST /a -> [200] Name -> GET /b/{id}``."""
    found: list[str] = []
    labels = {op.operation_id: f"{op.method.upper()} {op.path}" for op in _operations(document)}
    for op in _operations(document):
        for status, response in (op.node.get("responses") or {}).items():
            for name, link in (deref(document, response).get("links") or {}).items():
                target = labels.get(deref(document, link).get("operationId"), "?")
                found.append(format_transition(labels[op.operation_id], str(status), name, target))
    return sorted(found)


def _operations(document: dict[str, Any]) -> list[Operation]:
    return [op for op in operations(document) if op.section == "paths"]


@dataclass
class Stateful:
    """What the stateful phase did: scenarios, calls, and for each link followed the statuses it answered."""

    declared: list[str] = field(default_factory=list)
    scenarios: int = 0
    steps: int = 0
    links: dict[str, list[int]] = field(default_factory=dict)  # transition → statuses (0: a dialect refusal)

    @property
    def succeeded(self) -> list[str]:
        """The links followed at least once to a 2xx success."""
        return sorted(name for name, seen in self.links.items() if any(200 <= s < 300 for s in seen))

    @property
    def unfollowed(self) -> list[str]:
        """Declared links never followed to a success (a hint, not a failure: the budget may be small)."""
        return sorted(set(self.declared) - set(self.succeeded))

    def summary(self) -> list[str]:
        calls = sum(len(s) for s in self.links.values())
        lines = [
            f"  stateful: {self.scenarios} scenarios, {self.steps} steps; {len(self.succeeded)} of "
            f"{len(self.declared)} links followed to a 2xx ({calls} calls along links)"
        ]
        return lines + [f"  not followed: {name}" for name in self.unfollowed]


@dataclass
class Report:
    """What a run saw: check failures, errors, the statuses each operation answered, the stateful phase."""

    refusals: list[Refusal] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (operation, one-line failure)
    errors: list[tuple[str, str]] = field(default_factory=list)
    statuses: dict[str, set[int]] = field(default_factory=dict)
    stateful: Stateful = field(default_factory=Stateful)

    @property
    def without_success(self) -> list[str]:
        return sorted(label for label, seen in self.statuses.items() if not any(200 <= s < 300 for s in seen))

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors and not self.without_success

    def summary(self, name: str) -> str:
        calls = sum(len(s) for s in self.statuses.values())
        lines = [f"{name}: {len(self.statuses)} operations, {calls} distinct (operation, status) pairs"]
        lines += [f"  FAIL {label}: {text}" for label, text in self.failures]
        lines += [f"  ERROR {label}: {text}" for label, text in self.errors]
        lines += [f"  NO 2xx {label}: only {sorted(self.statuses[label])}" for label in self.without_success]
        lines += self.stateful.summary()
        lines.append(f"{name}: {'passed' if self.ok else 'FAILED'}")
        return "\n".join(lines)

    def junit(self, path: Path, name: str) -> None:
        """A JUnit XML report: one test case per operation (failures, errors and missing 2xx as failures)."""
        suite = ET.Element("testsuite", name=name, tests=str(len(self.statuses)))
        problems: dict[str, list[str]] = {}
        for label, text in [*self.failures, *self.errors]:
            problems.setdefault(label, []).append(text)
        for label in self.without_success:
            problems.setdefault(label, []).append("no 2xx answer")
        for label in sorted({*self.statuses, *problems}):
            case = ET.SubElement(suite, "testcase", classname=name, name=label)
            for text in problems.get(label, []):
                ET.SubElement(case, "failure", message=text.splitlines()[0] if text else "failure").text = text
        suite.set("failures", str(sum(1 for c in suite if len(c))))
        path.parent.mkdir(parents=True, exist_ok=True)
        ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def run(document: dict[str, Any], settings: dict[str, Any], *, app: Any = None, base_url: str | None = None) -> Report:
    """Run the suite; ``app`` (ASGI, in-process) or ``base_url`` (any server) says where requests go."""
    if base_url is not None:
        settings = {**settings, "base-url": base_url}
    schema = schemathesis.openapi.from_dict(document, config=SchemathesisConfig.from_dict(settings))
    if app is not None:
        schema.app = app  # what schemathesis.openapi.from_asgi does after fetching the schema from the app
    report = Report(refusals(document), stateful=Stateful(declared_links(document)))
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _record(report, event.recorder)
            if event.phase == PhaseName.STATEFUL_TESTING:
                _follow(report, event.recorder)
        elif isinstance(event, events.NonFatalError):
            report.errors.append((event.label, str(event.value)))
        elif isinstance(event, events.FatalError):
            report.errors.append(("(run)", repr(event.exception)))
    return report


def _record(report: Report, recorder: Any) -> None:
    for case_id, node in recorder.cases.items():
        label = node.value.operation.label
        seen = report.statuses.setdefault(label, set())
        interaction = recorder.interactions.get(case_id)
        if interaction is not None and interaction.response is not None:
            seen.add(_status(report, interaction.response))
    for case_id, checks in recorder.checks.items():
        label = recorder.cases[case_id].value.operation.label if case_id in recorder.cases else recorder.label
        for check in checks:
            if check.failure_info is not None:
                failure = check.failure_info.failure
                text = f"{check.name}: {failure.title}: {failure.message}".strip()
                if (label, text) not in report.failures:
                    report.failures.append((label, text))


def _follow(report: Report, recorder: Any) -> None:
    """Count a stateful scenario: its calls, and the status of each call whose inputs came from a declared link."""
    report.stateful.scenarios += 1
    for case_id, node in recorder.cases.items():
        report.stateful.steps += 1
        transition = node.transition
        if transition is None or transition.is_inferred or not node.is_transition_applied:
            continue
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        status = _status(report, response) if response is not None else -1
        report.stateful.links.setdefault(transition.id, []).append(status)


def _status(report: Report, response: Any) -> int:
    """The response's status, or 0 for a 2xx that is one of the dialect's refusals (it proves no success)."""
    status = int(response.status_code)
    if not report.refusals or not 200 <= status < 300:
        return status
    try:
        body = json.loads(response.content)
    except ValueError:
        return status
    refused = any(status == code and _blank(body, at) == shape for code, at, shape in report.refusals)
    return 0 if refused else status
