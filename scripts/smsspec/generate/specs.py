"""The spec producer: every published flavour of one provider's documents into ``specs/``."""

from __future__ import annotations

from pathlib import Path

from smsspec.generate.producer import Producer
from smsspec.pipeline import Built
from smsspec.publish import flavours


def write(built: Built, out: Path) -> None:
    for name, text in flavours.spec_files(built.provider, built.documents).items():
        target = out / "specs" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


PRODUCER = Producer(
    "specs",
    write,
    tools=("pyyaml", "prance"),
    sources=("smsspec.publish.flavours", "smsspec.publish.downgrade", "smsspec.yamlio"),
)
