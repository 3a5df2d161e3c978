"""Models: the SDK flavour of a provider's spec → ``<out>/models/<provider>.py``, pydantic v2 models of every schema.

Every component schema becomes a model, the webhook payloads included (they are components the ``webhooks`` refer
to), so users can parse delivery reports without the client. The flags make the output reproducible (no timestamp,
pinned ruff as formatter) and strict where JSON distinguishes types: a ``true`` is not the integer ``1``. Integer
enums and consts need a post-step for that (``json_integers``): the generator's strict types do not reach them.

A ``date-time`` stays the string the vendor sent (checked by the spec's ``pattern``, if any): a pydantic datetime
re-serialises ``+00:00`` as ``Z``, so a payload would not round-trip unchanged, and ``format`` is an annotation in
JSON Schema 2020-12, not an assertion. ``datetime.fromisoformat`` reads it where a datetime is wanted.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from smsspec import yamlio
from smsspec.generate import clients, json_integers, tools
from smsspec.generate.producer import Producer
from smsspec.pipeline import Built

FLAGS: tuple[str, ...] = (
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--disable-timestamp",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--target-python-version=3.11",
    "--naming-strategy=parent-prefixed",
    "--type-mappings=date-time=string",
    "--strict-types",
    "str",
    "int",
    "float",
    "bool",
    "--formatters",
    "ruff-format",
    "ruff-check",
)


def write(built: Built, out: Path) -> None:
    """Generate ``built``'s models into ``out/models/<provider>.py`` (replacing it)."""
    provider = built.provider
    with tempfile.TemporaryDirectory(prefix=f"smsspec-models-{provider}-") as tmp:
        work = Path(tmp)
        source = f"{provider}.sdk.json"
        (work / source).write_text(yamlio.dump_json(clients.sdk_document(built)), encoding="utf-8")
        args = ["--input", source, "--output", "models.py", *FLAGS]
        subject = f"generated/models/{provider}.py"
        tools.run_module("datamodel_code_generator", args, work, subject, "models-failed")
        json_integers.apply(work / "models.py", subject)
        (out / "models").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "models.py", out / "models" / f"{provider}.py")


PRODUCER = Producer(
    "models",
    write,
    tools=("datamodel-code-generator", "ruff", "pydantic"),
    sources=("smsspec.generate.clients", "smsspec.generate.json_integers", "smsspec.generate.tools", "smsspec.yamlio"),
)
