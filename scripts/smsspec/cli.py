"""The ``smsspec`` command: argument parsing and exit codes only; the work lives in the modules it calls."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from smsspec import flavours, generate
from smsspec.findings import Finding, SmsspecError
from smsspec.layout import PROVIDERS, Layout, check_providers, find_root
from smsspec.output import replace_files
from smsspec.pipeline import Built, build_all


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


def _write_specs(layout: Layout, built: Built) -> None:
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
        ("overlay", cmd_overlay, "apply overlays, write the spec flavours and show what each action changed"),
        ("generate", cmd_generate, "the main job: validate, bundle, apply overlays, regenerate everything"),
        ("check-generated", cmd_check_generated, "regenerate into a temporary directory and diff against generated/"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("providers", nargs="*", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}")
        command.set_defaults(func=func)
        if name == "overlay":
            command.add_argument("--check", action="store_true", help="only report what each action would change")
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
