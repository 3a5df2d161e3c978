"""``python -m smsspec.bench <suite> [PROVIDER…]``: one entry for every benchmark suite (``mock``, ``generate``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from smsspec.bench import generate, mock
from smsspec.findings import SmsspecError
from smsspec.layout import check_providers

SUITES: dict[str, Callable[[list[str]], int]] = {"generate": generate.main, "mock": mock.main}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smsspec.bench", description=__doc__)
    parser.add_argument("suite", choices=sorted(SUITES))
    parser.add_argument("providers", nargs="*", metavar="PROVIDER")
    args = parser.parse_args(argv)
    try:
        return SUITES[args.suite](check_providers(args.providers))
    except SmsspecError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
