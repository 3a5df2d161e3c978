"""The ``smsspec`` command: argument parsing and exit codes only; the work lives in the modules it calls."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from smsspec import generate
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import PROVIDERS, Layout, check_providers, find_root
from smsspec.output import replace_files
from smsspec.pipeline import Built, build_all
from smsspec.publish import flavours, site
from smsspec.publish.docs import Page


def _report(findings: Sequence[Finding]) -> None:
    for finding in findings:
        print(finding, file=sys.stderr)


def _built(args: argparse.Namespace) -> tuple[Layout, list[Built]]:
    layout = Layout(find_root())
    built = build_all(layout, check_providers(args.providers))
    findings = [f for b in built for f in b.findings]
    if not all(b.ok for b in built):
        raise SmsspecError(findings)
    _report(findings)
    return layout, built


def cmd_validate(args: argparse.Namespace) -> int:
    _, built = _built(args)
    for b in built:
        print(f"{b.provider}: valid")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    layout, built = _built(args)
    for b in built:
        published = flavours.spec_files(b.provider, b.bundle.document)
        _report(published.notes)
        changed = replace_files(layout.generated_specs, published.files)
        print(f"{b.provider}: {'wrote ' + ', '.join(changed) if changed else 'unchanged'}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    layout, built = _built(args)
    pages = [
        Page(b.provider, b.bundle.document, flavours.spec_files(b.provider, b.bundle.document).notes) for b in built
    ]
    changed = replace_files(layout.generated, site.files(layout, pages))
    print(f"docs: {'wrote ' + ', '.join(changed) if changed else 'unchanged'}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    layout = Layout(find_root())
    generate.run(layout, check_providers(args.providers), layout.generated)
    return 0


def cmd_check_generated(args: argparse.Namespace) -> int:
    layout = Layout(find_root())
    drift = generate.check(layout, check_providers(args.providers))
    for line in drift:
        print(line, file=sys.stderr)
    if not drift:
        print("generated/ is up to date")
    return 1 if drift else 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="smsspec", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("validate", cmd_validate, "validate specs: OpenAPI 3.1 schema, $refs, examples, house rules"),
        ("bundle", cmd_bundle, "bundle specs into generated/specs/ (named and dereferenced, YAML and JSON)"),
        ("docs", cmd_docs, "offline HTML docs into generated/docs/ (a page per provider, index) and the changelog"),
        ("generate", cmd_generate, "the main job: validate, bundle, apply overlays, regenerate everything"),
        ("check-generated", cmd_check_generated, "regenerate into a temporary directory and diff against generated/"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("providers", nargs="*", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
        command.set_defaults(func=func)
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
