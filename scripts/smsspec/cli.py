"""The ``smsspec`` command: argument parsing and exit codes only; the work lives in the modules it calls.

Each command imports the modules it runs, when it runs: openapi-python-client, Schemathesis, uvicorn and the
spec pipeline together take most of a second to import, which the mock's start-up (measured against Prism's)
and a no-op ``make generate`` would otherwise pay for commands they do not run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsspec import yamlio
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import PROVIDERS, Layout, check_providers, find_root
from smsspec.mock.app import Settings

if TYPE_CHECKING:
    from smsspec.pipeline import Built


def _report(findings: Sequence[Finding]) -> None:
    for finding in findings:
        print(finding, file=sys.stderr)


def _built(args: argparse.Namespace) -> tuple[Layout, list[Built]]:
    from smsspec.pipeline import build_all

    layout = Layout(find_root())
    built = build_all(layout, check_providers(args.providers))
    _report([f for b in built for f in b.findings])  # warnings: build_all raised on errors
    return layout, built


def cmd_validate(args: argparse.Namespace) -> int:
    _, built = _built(args)
    for b in built:
        print(f"{b.provider}: valid")
    return 0


def _write_specs(layout: Layout, built: Built) -> None:
    from smsspec.output import replace_files
    from smsspec.publish import flavours

    _report(flavours.notes(built.provider, built.document))
    changed = replace_files(layout.generated_specs, flavours.spec_files(built.provider, built.documents))
    print(f"{built.provider}: {'wrote ' + ', '.join(changed) if changed else 'specs unchanged'}")


def cmd_bundle(args: argparse.Namespace) -> int:
    layout, built = _built(args)
    for b in built:
        _write_specs(layout, b)
    return 0


def cmd_overlay(args: argparse.Namespace) -> int:
    """What every overlay action did (nodes matched, outcome); ``--check`` only reports and writes nothing."""
    layout, built = _built(args)
    for b in built:
        if not args.check:
            _write_specs(layout, b)
        if not b.overlays:
            print(f"{b.provider}: no overlays")
        for applied in b.overlays:
            print(f"{applied.file} ({applied.flavour} flavour):")
            for action in applied.actions:
                why = f" — {action.description}" if action.description else ""
                nodes = "node" if action.matched == 1 else "nodes"
                print(f"  #{action.index} {action.outcome} {action.matched} {nodes} at {action.target}{why}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from smsspec.output import replace_files
    from smsspec.publish import flavours, site
    from smsspec.publish.docs import Page

    layout, built = _built(args)
    pages = [Page(b.provider, b.document, flavours.notes(b.provider, b.document)) for b in built]
    files = {name: text for page in pages for name, text in site.page_files(page).items()}
    changed = replace_files(layout.generated, files | site.shared_files(layout, pages))
    print(f"docs: {'wrote ' + ', '.join(changed) if changed else 'unchanged'}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from smsspec.pipeline import build
    from smsspec.publish import diff, gitref

    layout = Layout(find_root())
    [provider] = check_providers([args.provider])
    changes = diff.compare(gitref.document_at(layout, provider, args.base), build(layout, provider).document)
    breaking = sum(change.breaking for change in changes)
    if args.format == "json":
        report = {"provider": provider, "base": args.base, "breaking": breaking}
        print(json.dumps({**report, "changes": [c.as_json() for c in changes]}, indent=2, ensure_ascii=False))
    else:
        for change in changes:
            print(change)
        print(f"{provider}: {len(changes)} changes since {args.base}, {breaking} breaking")
    return 1 if args.fail_on == "breaking" and breaking else 0


def cmd_generate(args: argparse.Namespace) -> int:
    from smsspec import generate

    layout = Layout(find_root())
    generate.run(layout, check_providers(args.providers), layout.generated)
    return 0


def cmd_check_generated(args: argparse.Namespace) -> int:
    from smsspec import generate

    layout = Layout(find_root())
    drift = generate.check(layout, check_providers(args.providers))
    for line in drift:
        print(line, file=sys.stderr)
    if not drift:
        print("generated/ is up to date")
    return 1 if drift else 0


def cmd_mock(args: argparse.Namespace) -> int:
    from smsspec.mock import server

    layout = Layout(find_root())
    provider = check_providers([args.provider])[0]
    settings = Settings(
        args.seed, server.overrides(args.credential), args.max_body_bytes, callback_url=args.callback_url, verbose=True
    )
    app = server.build(layout, provider, settings)
    server.serve(app, args.host, args.port, server.banner(provider, app, args.host, args.port))
    return 0


def cmd_contract(args: argparse.Namespace) -> int:
    from smsspec import contract
    from smsspec.mock import server

    layout = Layout(find_root())
    provider = check_providers([args.provider])[0]
    path = server.spec_path(layout, provider)
    document = yamlio.load(path, layout.relative(path))
    credentials = contract.credentials_from_env(provider, document, os.environ)
    for name in document.get("components", {}).get("securitySchemes", {}):
        if name not in credentials:
            print(f"warning: ${contract.env_name(provider, name)} is not set; {name} is sent without", file=sys.stderr)
    settings = contract.config(
        document, credentials, seed=args.seed, examples=args.examples, steps=args.steps or contract.STATEFUL_STEPS
    )
    report = contract.run(document, settings, base_url=args.base_url)
    if args.junit is not None:
        report.junit(args.junit, provider)
    print(report.summary(provider))
    return 0 if report.ok else 1


def _contract_parser(sub: Any) -> None:
    text = "run the Schemathesis contract suite of a provider's spec against any server"
    command = sub.add_parser("contract", help=text, description=text)
    command.add_argument("provider", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
    command.add_argument("--base-url", required=True, help="the server to test, e.g. http://127.0.0.1:4010")
    command.add_argument("--junit", type=Path, help="write a JUnit XML report to this path")
    command.add_argument("--seed", type=int, default=1, help="Hypothesis seed (default 1)")
    command.add_argument("--examples", type=int, default=10, help="examples per operation and phase (default 10)")
    command.add_argument(
        "--steps",
        type=int,
        help="calls per stateful scenario along the spec's links (default 8)",
    )
    command.set_defaults(func=cmd_contract)


def _mock_parser(sub: Any) -> None:
    text = "serve a provider's mock from generated/specs/<provider>.openapi.yaml"
    command = sub.add_parser("mock", help=text, description=text)
    command.add_argument("provider", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
    command.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    command.add_argument("--port", type=int, default=4010, help="port to listen on (default 4010)")
    command.add_argument("--seed", type=int, default=0, help="seed of Prefer: dynamic=true bodies (default 0)")
    command.add_argument(
        "--credential", action="append", default=[], metavar="NAME=VALUE", help="override a test credential"
    )
    command.add_argument("--max-body-bytes", type=int, default=Settings.max_body_bytes, help="request body limit")
    command.add_argument(
        "--callback-url",
        metavar="URL",
        help="where delivery webhooks go when a message names no callback URL of its own",
    )
    command.set_defaults(func=cmd_mock)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="smsspec", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("validate", cmd_validate, "validate specs: OpenAPI 3.1 schema, $refs, examples, house rules"),
        ("bundle", cmd_bundle, "bundle specs into generated/specs/ (named and dereferenced, YAML and JSON)"),
        ("overlay", cmd_overlay, "apply overlays, write the spec flavours and show what each action changed"),
        ("docs", cmd_docs, "offline HTML docs into generated/docs/ (a page per provider, index) and the changelog"),
        ("generate", cmd_generate, "the main job: validate, bundle, apply overlays, regenerate everything"),
        ("check-generated", cmd_check_generated, "regenerate into a temporary directory and diff against generated/"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("providers", nargs="*", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
        command.set_defaults(func=func)
        if name == "overlay":
            command.add_argument("--check", action="store_true", help="only report what each action would change")
    _mock_parser(sub)
    _contract_parser(sub)
    text = "changes of a provider's bundled spec since a git ref, each with a stable rule id, breaking or not"
    command = sub.add_parser("diff", help=text, description=text + ' (README "Publishing" lists the rules)')
    command.add_argument("provider", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
    command.add_argument("--base", required=True, metavar="GIT_REF", help="branch, tag or commit to compare with")
    command.add_argument("--format", choices=("text", "json"), default="text")
    command.add_argument("--fail-on", choices=("breaking",), help="exit 1 when a breaking change exists (for CI)")
    command.set_defaults(func=cmd_diff)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except SmsspecError as exc:
        _report(exc.findings)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
