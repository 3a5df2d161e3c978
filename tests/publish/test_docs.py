"""The docs renderer and site: deterministic files, an index row per provider, safe embedding, partial runs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from smsspec.cli import main
from smsspec.findings import Finding
from smsspec.layout import PROVIDERS, Layout
from smsspec.pipeline import build
from smsspec.publish import docs, site
from smsspec.publish.docs import Page
from smsspec.publish.flavours import notes

from ..conftest import ROOT


def _pages() -> list[Page]:
    pages = []
    for provider in PROVIDERS:
        document = build(Layout(ROOT), provider).document
        pages.append(Page(provider, document, notes(provider, document)))
    return pages


def _site(pages: list[Page]) -> dict[str, str]:
    files = site.shared_files(Layout(ROOT), pages)
    for page in pages:
        files |= site.page_files(page)
    return files


def test_site_is_byte_identical_on_rerun_and_matches_generated() -> None:
    first = _site(_pages())
    assert sorted(first) == sorted(
        [
            "docs/index.html",
            "specs/CHANGELOG.md",
            *(f"docs/{p}.html" for p in PROVIDERS),
            *(f"docs/{a}" for a in docs.assets()),
        ]
    )
    assert first == _site(_pages())
    assert {name: (ROOT / "generated" / name).read_text(encoding="utf-8") for name in first} == first


def test_index_has_a_row_per_provider_with_its_counts() -> None:
    pages = _pages()
    index = docs.index_html(pages)
    rows = re.findall(r"<tr><td><a href=\"(\w+)\.html\">.*?</tr>", index)
    assert rows == list(PROVIDERS)
    for page in pages:
        row = re.search(rf'<tr><td><a href="{page.provider}\.html">(.*?)</tr>', index)
        assert row is not None
        cells = re.findall(r"<td>(.*?)</td>", row.group(0))
        assert cells[1:6] == [
            page.version,
            str(page.count("paths")),
            str(page.count("webhooks")),
            str(page.unverified),
            str(len(page.notes)),
        ]
        assert page.unverified > 0
        for suffix in ("openapi", "deref", "openapi30", "sdk"):
            assert f"../specs/{page.provider}.{suffix}.yaml" in row.group(0)


def _tiny(description: str) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1.0.0", "description": description}, "paths": {}}


def test_page_embeds_the_spec_so_that_no_string_can_close_the_script() -> None:
    document = _tiny("</script><script>alert(1)</script>")
    page = docs.page_html("bsg", document)
    embedded = re.search(r'<script id="spec" type="application/json">(.*?)</script>', page, re.S)
    assert embedded is not None
    assert json.loads(embedded.group(1)) == document


def test_index_lists_3_0_notes_escaped() -> None:
    note = Finding("generated/specs/bsg.openapi.yaml", "#/a", "oas30-keyword", "kept <x>")
    index = docs.index_html([Page("bsg", _tiny(""), [note])])
    assert "<li><code>#/a</code> oas30-keyword: kept &lt;x&gt;</li>" in index


def test_one_provider_run_writes_its_page_but_not_the_index(project: Path) -> None:
    assert main(["docs", "boolky"]) == 0
    written = sorted(
        str(p.relative_to(project / "generated")) for p in (project / "generated").rglob("*") if p.is_file()
    )
    assert written == ["docs/boolky.html"]
