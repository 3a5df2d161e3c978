"""The docs producer: one provider's offline HTML page into ``docs/`` (the shared index is written by the runner)."""

from __future__ import annotations

from pathlib import Path

from smsspec.generate.producer import Producer
from smsspec.pipeline import Built
from smsspec.publish import site
from smsspec.publish.docs import Page


def write(built: Built, out: Path) -> None:
    for name, text in site.page_files(Page(built.provider, built.document, ())).items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


PRODUCER = Producer(
    "docs", write, tools=("swagger-ui-bundle-v2",), sources=("smsspec.publish.docs", "smsspec.publish.site")
)
