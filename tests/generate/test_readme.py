"""The client READMEs: every example runs as printed, from a clean install, against the provider's mock over HTTP,
and gets the operation's success model."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from smsspec.generate import clients, naming, readme
from smsspec.layout import PROVIDERS
from smsspec.mock.testing import MockServer
from smsspec.operations import Operation, deref, operations

from .conftest import GENERATED, run, sdk_document

# Runs one README block in the client's venv; reports the class of `answer` and where the client was imported from.
DRIVER = """
import json, sys
namespace = {"__name__": "__main__"}
exec(compile(sys.stdin.read(), "README example", "exec"), namespace)
print(json.dumps({"class": type(namespace["answer"]).__name__, "file": sys.modules[sys.argv[1]].__file__}))
"""


def _blocks(provider: str) -> list[str]:
    text = (GENERATED / "clients" / provider / "README.md").read_text()
    return re.findall(r"```python\n(.*?)```", text.split("## Examples", 1)[1], re.S)


def _operation(document: dict[str, Any], example: readme.Example) -> Operation:
    return next(
        op
        for op in operations(document)
        if op.section == "paths"
        and (naming.tag_module(op), naming.endpoint_module(op)) == (example.tag_module, example.module)
    )


def _success_classes(document: dict[str, Any], op: Operation) -> set[str]:
    """The classes the documented success parses into: that of the branch of the lowest 2xx response its first
    example is valid against (a 200 may also carry the vendor's error body), ``NoneType`` when it has no body."""
    status = min(s for s in op.node["responses"] if s.startswith("2"))
    response = deref(document, op.node["responses"][status])
    if "content" not in response:
        return {type(None).__name__}
    media = next(iter(response["content"].values()))
    value = deref(document, next(iter(media["examples"].values())))["value"]
    return {
        naming.schema_class(document, naming.matching_component(document, branch, value))
        for branch in naming.response_branches(document, op, status)
        if jsonschema.Draft202012Validator(
            {"$ref": f"#/components/schemas/{branch}", "components": document["components"]}
        ).is_valid(value)
    }


@pytest.mark.parametrize("provider", PROVIDERS)
def test_readme_examples_get_a_success_from_the_mock(
    provider: str, installed_client: Callable[[str], Path], smsspec_mock: Callable[..., MockServer]
) -> None:
    document = sdk_document(provider)
    python = installed_client(provider)
    mock = smsspec_mock(provider)
    examples = readme.examples(document)
    blocks = _blocks(provider)
    assert (
        len(blocks)
        == len(examples)
        == len({op.node["tags"][0] for op in operations(document) if op.section == "paths"})
    )
    for block, example in zip(blocks, examples, strict=True):
        op = _operation(document, example)
        assert readme.MOCK_URL in block, f"{provider} {op.operation_id}: the example does not call the mock"
        logged = len(mock.requests())
        code = block.replace(readme.MOCK_URL, mock.url)
        ran = run(python, "-c", DRIVER, clients.package_name(provider), cwd=python.parent, stdin=code)
        assert ran.returncode == 0, f"{provider} {op.operation_id}: {ran.stderr}"
        answer = json.loads(ran.stdout.splitlines()[-1])
        assert Path(answer["file"]).is_relative_to(python.parent.parent), answer["file"]  # the installed client
        calls = mock.requests()[logged:]
        assert [(c["operation"], c["status"] // 100) for c in calls] == [(op.operation_id, 2)], calls
        assert answer["class"] in _success_classes(document, op), f"{provider} {op.operation_id}: {ran.stdout}"
