"""What the published set holds beside each provider's own files: the docs assets, the docs index and
``specs/CHANGELOG.md``. They belong to no single provider (the generation manifest tracks files per provider),
so they are written only when all providers were built; a one-provider run refreshes that provider's files alone."""

from __future__ import annotations

from collections.abc import Sequence

from smsspec import changelog
from smsspec.layout import PROVIDERS, Layout
from smsspec.publish import docs
from smsspec.publish.docs import Page


def page_files(page: Page) -> dict[str, str]:
    """One provider's docs page, by file name relative to ``generated/``."""
    return {f"docs/{page.provider}.html": docs.page_html(page.provider, page.document)}


def shared_files(layout: Layout, pages: Sequence[Page]) -> dict[str, str]:
    """File name relative to ``generated/`` → content, for what no single provider owns (nothing for a subset)."""
    if {page.provider for page in pages} != set(PROVIDERS):
        return {}
    result = {f"docs/{name}": text for name, text in docs.assets().items()}
    result["docs/index.html"] = docs.index_html(pages)
    result["specs/CHANGELOG.md"] = changelog_markdown(layout, pages)
    return result


def changelog_markdown(layout: Layout, pages: Sequence[Page]) -> str:
    lines = [
        "# Changelog",
        "",
        "What changed in each release of each provider's description, newest first. Generated from",
        "`specs/<provider>/changelog.yaml`; the versioning rule is in the README (section Versioning).",
    ]
    for page in pages:
        spec_dir = layout.spec_dir(page.provider)
        entries, _ = changelog.load(spec_dir, layout.relative(spec_dir / changelog.FILE_NAME))
        lines += ["", f"## {page.title} (`{page.provider}`, current {page.version})"]
        for version in changelog.newest_first(entries):
            lines += ["", f"### {version}", "", *(f"- {change}" for change in entries[version])]
    return "\n".join(lines) + "\n"
