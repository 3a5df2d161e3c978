"""Reading and writing YAML/JSON the one way the whole project does it.

Loading is strict where PyYAML is lenient: duplicate keys are an error (PyYAML keeps the last silently) and
timestamps stay strings (a spec is JSON data; ``2024-01-01`` must not become a ``date``). Dumping is
deterministic (insertion order, fixed width, UTF-8) so regenerated files are byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from smsspec.findings import Finding, SmsspecError


class _StrictLoader(yaml.CSafeLoader):
    """libyaml's SafeLoader without timestamp resolution and with duplicate-key detection."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}: keep one of them", key_node.start_mark
            )
        seen[key] = loader.construct_object(value_node, deep=True)
    return seen


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load(path: Path, display: str | None = None) -> Any:
    """Parse one YAML or JSON file; a missing or malformed file raises a located ``SmsspecError``."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SmsspecError([Finding(name, "", "file-missing", "file not found; create it or fix the $ref")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SmsspecError([Finding(name, "", "file-unreadable", f"cannot read: {exc}")]) from None
    return loads(text, name)


def loads(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}" if mark else ""
        what = exc.problem or exc.context or "invalid YAML"
        raise SmsspecError([Finding(name, where, "yaml-syntax", f"{what}; fix the YAML syntax")]) from None


class _Dumper(yaml.SafeDumper):
    """Block style; multi-line strings as literal blocks so descriptions stay readable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # indent sequences under their key, as people write them


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data and not data.endswith((" ", "\t")) and " \n" not in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
