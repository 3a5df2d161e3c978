"""Our mock against Stoplight Prism on the same spec, same run, loopback only, bounded load (``wrk``).

Per provider: the first POST operation with a request body example is the request (validated by both mocks),
sent with the mock's test credentials. Measured: cold start (process start → first 2xx), throughput and
latency (p50, p99) under ``wrk -t1 -c16`` for a few seconds, and peak RSS (``VmHWM`` of the server process).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from smsspec import yamlio
from smsspec.contract import mock_credentials
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import Layout, find_root
from smsspec.mock.testing import free_port
from smsspec.operations import deref, operations

PRISM = Path(".bench/node_modules/.bin/prism")
DURATION = "5s"
CONNECTIONS = "16"


@dataclass(frozen=True)
class Probe:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Result:
    start_s: float
    rps: float
    p50_ms: float
    p99_ms: float
    rss_mb: float


def probe(document: dict[str, Any]) -> Probe:
    """The validated POST of ``document``: its first request example, with the test credentials attached."""
    for operation in operations(document):
        body = deref(document, operation.node.get("requestBody"))
        if operation.method != "post" or not isinstance(body, dict):
            continue
        for media, spec in (body.get("content") or {}).items():
            examples = [deref(document, e).get("value") for e in (spec.get("examples") or {}).values()]
            if media not in ("application/json", "application/x-www-form-urlencoded") or not examples:
                continue
            encoded = json.dumps(examples[0]) if media == "application/json" else urlencode(examples[0], doseq=True)
            headers, query = {"content-type": media}, {}
            credentials = mock_credentials(document)
            for requirement in operation.node.get("security", document.get("security") or [])[:1]:
                for name in requirement:
                    scheme = document["components"]["securitySchemes"][name]
                    if scheme.get("type") == "http":
                        headers["authorization"] = f"Bearer {credentials[name]}"
                    elif scheme.get("in") == "header":
                        headers[scheme["name"]] = credentials[name]
                    else:
                        query[scheme["name"]] = credentials[name]
            path = operation.path + (f"?{urlencode(query)}" if query else "")
            headers.update({p["name"]: _param_example(document, p) for p in _header_params(document, operation.node)})
            return Probe(path, headers, encoded.encode())
    raise SmsspecError([Finding("bench", "", "no-probe", "no POST operation with a request body example")])


def _header_params(document: dict[str, Any], node: dict[str, Any]) -> list[dict[str, Any]]:
    params = [deref(document, p) for p in node.get("parameters") or []]
    return [p for p in params if p.get("in") == "header" and p.get("required")]


def _param_example(document: dict[str, Any], param: dict[str, Any]) -> str:
    if "example" in param:
        return str(param["example"])
    examples = list((param.get("examples") or {}).values())
    if examples:
        return str(deref(document, examples[0]).get("value"))
    schema = deref(document, param.get("schema") or {})
    return str((schema.get("enum") or [schema.get("default", "x")])[0])


def _first_2xx(url: str, probe: Probe, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        request = urllib.request.Request(url + probe.path, data=probe.body, headers=probe.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                if 200 <= answer.status < 300:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.01)
    raise SmsspecError([Finding(url, "", "bench-no-2xx", f"no 2xx for POST {probe.path} within {limit}s")])


def _wrk(url: str, probe: Probe) -> tuple[float, float, float]:
    lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(probe.body.decode())}"]
    lines += [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in probe.headers.items()]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", "-s", script.name, url + probe.path]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    Path(script.name).unlink()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    return rps, _latency(output, "50%"), _latency(output, "99%")


def _latency(output: str, label: str) -> float:
    value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", output).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _rss_mb(pid: int) -> float:
    """Peak RSS of ``pid`` plus its direct children (Prism's CLI forks the server process)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    total = 0
    for member in [str(pid), *children]:
        status = Path(f"/proc/{member}/status")
        if status.exists():
            total += int(re.search(r"VmHWM:\s+(\d+)", status.read_text()).group(1))  # type: ignore[union-attr]
    return total / 1024


def measure(command: list[str], url: str, probe: Probe) -> Result:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _first_2xx(url, probe)
        start = time.monotonic() - started
        rps, p50, p99 = _wrk(url, probe)
        return Result(start, rps, p50, p99, _rss_mb(process.pid))
    finally:
        process.terminate()
        process.wait(timeout=10)


def main(providers: list[str]) -> int:
    layout = Layout(find_root())
    print(f"{'provider':13} {'server':6} {'start s':>8} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'RSS MB':>7}")
    for provider in providers:
        spec = layout.generated_specs / f"{provider}.openapi.yaml"
        request = probe(yamlio.load(spec))
        ours, prism_port = free_port(), free_port()
        mine = measure(
            [sys.executable, "-m", "smsspec", "mock", provider, "--port", str(ours)],
            f"http://127.0.0.1:{ours}",
            request,
        )
        theirs = measure(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(prism_port), "-v", "silent", str(spec)],
            f"http://127.0.0.1:{prism_port}",
            request,
        )
        for name, result in (("smsspec", mine), ("prism", theirs)):
            print(
                f"{provider:13} {name:6} {result.start_s:8.2f} {result.rps:9.0f} {result.p50_ms:8.2f}"
                f" {result.p99_ms:8.2f} {result.rss_mb:7.1f}"
            )
        print(
            f"{provider:13} ratio  throughput x{mine.rps / theirs.rps:.2f}, p99 x{mine.p99_ms / theirs.p99_ms:.2f},"
            f" start-up x{mine.start_s / theirs.start_s:.2f}, RSS x{mine.rss_mb / theirs.rss_mb:.2f}"
        )
    return 0
