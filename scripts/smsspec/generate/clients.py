"""Clients: the SDK flavour of a provider's spec → ``<out>/clients/<provider>/``, an installable ``<provider>_client``.

openapi-python-client (pinned) writes the package with ``--fail-on-warning`` (its warnings otherwise exit 0 and
silently drop operations) and the few templates under ``templates/client/`` (the generated ``pyproject.toml``
with explicit ruff and mypy settings, and a package ``__init__`` exporting ``connect``). smsspec then adds the
``auth`` module and the README from ``templates/extra/``, and formats the tree with the pinned ruff under the
generated ``pyproject.toml``'s own configuration. The generator's configuration is derived from the document:
names from the provider id, the version from ``info.version``, ``class_overrides`` from ``x-sdk-class-overrides``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from smsspec import yamlio
from smsspec.generate import auth, readme, tools
from smsspec.generate.naming import FIELD_PREFIX, class_overrides
from smsspec.generate.producer import Producer
from smsspec.pipeline import Built

TEMPLATES = Path(__file__).parent / "templates"
_EXTRA = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES / "extra"),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
    autoescape=False,
)


def package_name(provider: str) -> str:
    return f"{provider}_client"


def generator_config(provider: str, document: dict[str, Any]) -> dict[str, Any]:
    """openapi-python-client's configuration file for ``document``."""
    return {
        "project_name_override": f"{provider}-client",
        "package_name_override": package_name(provider),
        "package_version_override": str(document["info"]["version"]),
        "class_overrides": class_overrides(document),
        "field_prefix": FIELD_PREFIX,
        "literal_enums": True,
        "post_hooks": [],  # smsspec runs the pinned ruff itself, after adding its own modules
    }


def sdk_document(built: Built) -> dict[str, Any]:
    """The document clients and models are generated from: the published one plus the ``x-flavour: sdk`` overlays."""
    return built.documents["sdk"]


def write(built: Built, out: Path) -> None:
    """Generate ``built``'s client into ``out/clients/<provider>/`` (replacing what is there)."""
    provider, document = built.provider, sdk_document(built)
    subject = f"generated/clients/{provider}"
    with tempfile.TemporaryDirectory(prefix=f"smsspec-client-{provider}-") as tmp:
        work = Path(tmp)
        (work / "spec.json").write_text(yamlio.dump_json(document), encoding="utf-8")
        (work / "config.json").write_text(json.dumps(generator_config(provider, document)), encoding="utf-8")
        args = ["generate", "--path", "spec.json", "--config", "config.json", "--output-path", "client"]
        args += ["--meta", "setup", "--custom-template-path", str(TEMPLATES / "client")]
        args += ["--fail-on-warning", "--overwrite"]
        tools.run_module("openapi_python_client", args, work, subject, "client-generator-failed")
        project = work / "client"
        _write_extras(project, provider, document)
        tools.ruff_fix_and_format(project, subject)
        target = out / "clients" / provider
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(project, target)


def _write_extras(project: Path, provider: str, document: dict[str, Any]) -> None:
    package = package_name(provider)
    access = auth.derive(document)
    context = {
        "auth": access,
        "provider": provider,
        "package": package,
        "project": f"{provider}-client",
        "title": document["info"]["title"],
        "version": document["info"]["version"],
        "examples": readme.examples(document),
        "mock_url": readme.MOCK_URL,
    }
    (project / package / "auth.py").write_text(_EXTRA.get_template("auth.py.jinja").render(context), "utf-8")
    (project / "README.md").write_text(_EXTRA.get_template("README.md.jinja").render(context), "utf-8")


PRODUCER = Producer(
    "clients",
    write,
    tools=("openapi-python-client", "ruff", "jinja2"),
    sources=("smsspec.generate.auth", "smsspec.generate.naming", "smsspec.generate.readme", "smsspec.generate.tools",
             "smsspec.generate.templates", "smsspec.yamlio"),
)  # fmt: skip
