"""Offline HTML documentation: one Swagger UI page per provider and an index of every provider and flavour.

Swagger UI 5 renders OpenAPI 3.1 as it is. Its assets come from the pinned ``swagger-ui-bundle-v2`` package and
are copied once into ``docs/assets/``; each page embeds its spec as JSON, so the pages need no server, no CDN and
no fetch (they open from ``file://`` as well). Output is a pure function of the documents: byte-identical reruns.
"""

from __future__ import annotations

import importlib.metadata
import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from swagger_ui_bundle import swagger_ui_path

from smsspec import refs
from smsspec.findings import Finding
from smsspec.operations import operations
from smsspec.publish.flavours import FILES

ASSETS = f"assets/{swagger_ui_path.name}"
ASSET_FILES = ("swagger-ui-bundle.js", "swagger-ui.css")
SWAGGER_UI_OPTIONS = {
    "dom_id": "#swagger-ui",
    "deepLinking": False,
    "displayOperationId": True,
    "docExpansion": "list",
    "validatorUrl": None,  # no badge fetched from validator.swagger.io
}


@dataclass(frozen=True)
class Page:
    """One provider's bundled 3.1 document and the notes on its 3.0 flavour."""

    provider: str
    document: dict[str, Any]
    notes: Sequence[Finding]

    @property
    def title(self) -> str:
        return str(self.document["info"]["title"])

    @property
    def version(self) -> str:
        return str(self.document["info"]["version"])

    def count(self, section: str) -> int:
        return sum(1 for op in operations(self.document) if op.section == section)

    @property
    def unverified(self) -> int:
        return sum(1 for _, node in refs.walk(self.document) if isinstance(node, dict) and "x-unverified" in node)


def assets() -> dict[str, str]:
    """File name (relative to ``generated/docs``) → content of the Swagger UI files every page loads."""
    files = {f"{ASSETS}/{name}": (swagger_ui_path / name).read_text(encoding="utf-8") for name in ASSET_FILES}
    licence = importlib.metadata.distribution("swagger-ui-bundle-v2").read_text("licenses/LICENSE")
    files[f"{ASSETS}/LICENSE"] = licence or ""
    return files


def _downloads(provider: str) -> str:
    return " · ".join(
        f'<a href="../specs/{provider}.{suffix}.{ext}" title="{escape(text)}">{suffix}.{ext}</a>'
        for suffix, text in FILES.items()
        for ext in ("yaml", "json")
    )


def _script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``</`` cannot end the element early."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).replace("</", "<\\/")


def page_html(provider: str, document: dict[str, Any]) -> str:
    """One provider's page: Swagger UI over its embedded published document."""
    page = Page(provider, document, ())
    title = escape(f"{page.title} {page.version}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · smsspec</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">
<style>{_STYLE}</style>
</head>
<body>
<nav class="smsspec"><a href="index.html">All providers</a> · {title} · download {_downloads(page.provider)}</nav>
<div id="swagger-ui"></div>
<script id="spec" type="application/json">{_script_json(page.document)}</script>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle(Object.assign({_script_json(SWAGGER_UI_OPTIONS)}, {{
  spec: JSON.parse(document.getElementById("spec").textContent)
}}));
</script>
</body>
</html>
"""


def _note(note: Finding) -> str:
    return f"<li><code>{escape(note.location)}</code> {escape(note.rule)}: {escape(note.message)}</li>\n"


def index_html(pages: Sequence[Page]) -> str:
    """Every provider with its version, counts, 3.0 notes and links to its page and flavours."""
    rows = "\n".join(
        f'<tr><td><a href="{p.provider}.html">{escape(p.title)}</a></td><td>{escape(p.version)}</td>'
        f"<td>{p.count('paths')}</td><td>{p.count('webhooks')}</td><td>{p.unverified}</td>"
        f"<td>{len(p.notes)}</td><td>{_downloads(p.provider)}</td></tr>"
        for p in pages
    )
    notes = "\n".join(
        f'<h3 id="notes-{p.provider}">{escape(p.title)}</h3>\n<ul>\n{"".join(map(_note, p.notes))}</ul>'
        for p in pages
        if p.notes
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>smsspec · API documentation</title>
<link rel="icon" href="data:,">
<style>{_STYLE}</style>
</head>
<body class="index">
<h1>smsspec: OpenAPI descriptions of {len(pages)} SMS providers</h1>
<p>Each provider's documentation, its spec version, how many operations and webhooks it describes, how many facts
are marked <code>x-unverified</code> (inferred, not confirmed by the vendor), and every published flavour.
What changed in each release: <a href="../specs/CHANGELOG.md">CHANGELOG.md</a>.</p>
<table>
<thead><tr><th>provider</th><th>version</th><th>operations</th><th>webhooks</th><th>x-unverified</th>
<th>3.0 notes</th><th>flavours</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>What the OpenAPI 3.0 flavours cannot express</h2>
<p>Each item is kept in the 3.0 file under an <code>x-oas31-…</code> extension (webhooks as <code>x-webhooks</code>)
or dropped where 3.0 ignores it; the pointer locates it in the 3.1 bundle.</p>
{notes}
</body>
</html>
"""


_STYLE = (
    "body{margin:0;font-family:sans-serif}"
    "nav.smsspec{padding:8px 20px;background:#1b1b1b;color:#fff;font-size:14px}nav.smsspec a{color:#9cf}"
    "body.index{margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
)
