"""The contract suite: Schemathesis against a provider's spec, in-process on a mock or over HTTP on any server.

One configuration for both: every check, positive and negative data, every phase (the stateful one runs where
the spec has links), a fixed seed, and authentication from an explicitly built config (never auto-discovered
from the current directory). Checks whose premise a vendor's dialect contradicts are tuned from the spec, not
by provider name: where the documented auth refusal is a 2xx, ``ignored_auth`` cannot tell refusal from
acceptance and is off; the dialect's statuses count as rejections for ``negative_data_rejection`` and
``missing_required_header``. A run also fails when an operation never answered 2xx.
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
from schemathesis.engine import events, from_schema

from smsspec import refs

NEGATIVE_DEFAULT = ["400", "401", "403", "404", "405", "406", "409", "413", "414", "415", "422", "428"]
MISSING_HEADER_DEFAULT = ["400", "401", "403", "406", "415", "422"]


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


def config(document: dict[str, Any], credentials: Mapping[str, str], *, seed: int, examples: int) -> dict[str, Any]:
    """The Schemathesis configuration (as ``schemathesis.toml`` would hold it) for one document."""
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
        "phases": {"stateful": {"enabled": True}},
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


@dataclass
class Report:
    """What a run saw: check failures, errors, and the statuses each operation answered."""

    refusals: list[Refusal] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (operation, one-line failure)
    errors: list[tuple[str, str]] = field(default_factory=list)
    statuses: dict[str, set[int]] = field(default_factory=dict)

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
    report = Report(refusals(document))
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _record(report, event.recorder)
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
