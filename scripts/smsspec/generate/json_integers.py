"""A post-step on the generated models: integer enums and consts refuse booleans and numeric strings.

datamodel-code-generator types an integer ``enum`` as an ``IntEnum`` and a ``const`` as ``Literal[1]``. pydantic
checks both by equality, so JSON ``true`` passes as ``1`` (``True == 1`` in Python) and, outside strict mode, an
``IntEnum`` also takes ``"1"``. ``--strict-types int`` does not reach them, and pydantic refuses ``strict`` on a
``Literal`` (a strict ``IntEnum`` still takes JSON ``true``). The vendors distinguish these
(SmsGateway24's ``error: 1`` is not ``true``, BSG's ``error`` is ``0`` or ``"0"`` — two branches), and so does
JSON Schema. So after the generator this step adds one small validator to the module and uses it:

- every ``IntEnum`` class derives from ``_JsonIntEnum`` instead;
- every ``Literal`` of integers gets the marker ``_JsonInteger`` (``Annotated[Literal[1], _JsonInteger, ...]``).

Both pass a value on only when it is a JSON integer (``int`` but not ``bool``), then validate as before; JSON that
matches the spec is unaffected. Edits are located with ``ast`` (whose columns count UTF-8 bytes), never by pattern.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TypeGuard

from smsspec.generate import tools

HELPER = '''
from enum import IntEnum
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, PydanticCustomError, core_schema


def _json_integer(value: Any) -> Any:
    """Pass on only a JSON integer: a Literal or an IntEnum alone would take true as 1 (and an IntEnum "1")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise PydanticCustomError("int_type", "Input should be a valid integer")


class _JsonInteger:
    """``Annotated[Literal[0, 1], _JsonInteger]``: the literal refuses booleans and numeric strings, as JSON does."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(_json_integer, handler(source))


class _JsonIntEnum(IntEnum):
    """An IntEnum that refuses booleans and numeric strings, as JSON does."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return _JsonInteger.__get_pydantic_core_schema__(source, handler)
'''


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _integer_literal(node: ast.AST) -> TypeGuard[ast.Subscript]:
    """``Literal[...]`` whose values are all integers (``True`` is a ``bool`` constant, not one of them)."""
    if not (isinstance(node, ast.Subscript) and _is_name(node.value, "Literal")):
        return False
    values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return all(isinstance(v, ast.Constant) and type(v.value) is int for v in values)


def _edits(tree: ast.Module) -> list[tuple[ast.expr, str, str]]:
    """(node, text before it, text after it) for every place the validator must be used."""
    bases = [b for n in ast.walk(tree) if isinstance(n, ast.ClassDef) for b in n.bases if _is_name(b, "IntEnum")]
    annotated = [
        n.slice.elts[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Subscript) and _is_name(n.value, "Annotated") and isinstance(n.slice, ast.Tuple)
    ]
    marked = [n for n in annotated if _integer_literal(n)]
    bare = [n for n in ast.walk(tree) if _integer_literal(n) and n not in marked]
    return [
        *((base, "_Json", "") for base in bases),
        *((n, "", ", _JsonInteger") for n in marked),
        *((n, "Annotated[", ", _JsonInteger]") for n in bare),
    ]


def rewrite(source: str) -> str:
    """``source`` (a generated models module) with the validator added and used; unchanged when nothing needs it."""
    tree = ast.parse(source)
    edits = _edits(tree)
    if not edits:
        return source
    data = source.encode()
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    last_import = max(n.end_lineno or 0 for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom))
    insertions = [(starts[last_import], "\n" + HELPER)]
    for node, before, after in edits:
        insertions.append((starts[node.lineno - 1] + node.col_offset, before))
        insertions.append((starts[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0), after))
    for offset, text in sorted(insertions, key=lambda i: i[0], reverse=True):
        data = data[:offset] + text.encode() + data[offset:]
    return data.decode()


def apply(path: Path, subject: str) -> None:
    """Rewrite the module at ``path`` in place, then merge the helper's imports and format as the generator did."""
    original = path.read_text(encoding="utf-8")
    rewritten = rewrite(original)
    if rewritten == original:
        return
    path.write_text(rewritten, encoding="utf-8")
    args = ["check", "--no-cache", "--fix-only", "--quiet", "--select", "I", path.name]
    tools.run_module("ruff", args, path.parent, subject, "models-failed")
    tools.run_module("ruff", ["format", "--no-cache", "--quiet", path.name], path.parent, subject, "models-failed")
