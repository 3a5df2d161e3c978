"""The models post-step: integer literals and IntEnums refuse booleans and numeric strings, nothing else changes."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import pydantic
import pytest

from smsspec.generate import json_integers

SOURCE = """
from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, RootModel


class Flag(IntEnum):
    integer_0 = 0
    integer_1 = 1


class Kind(StrEnum):
    sms = "sms"


class Answer(BaseModel):
    error: Annotated[Literal[1], Field(description="é, a multi-byte character before the edit")]
    flag: Flag | None = None
    kind: Literal["sms", "mms"] | None = None
    done: Literal[True] | None = None
    codes: list[Literal[0, 2]] | None = None


class Success(RootModel[Literal[0]]):
    root: Literal[0]
"""


@pytest.fixture
def rewritten(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """SOURCE after the post-step, imported as a module (pydantic resolves its annotations there)."""
    module = ModuleType("rewritten")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(json_integers.rewrite(SOURCE), module.__name__, "exec"), module.__dict__)
    return module


@pytest.mark.parametrize(
    ("model", "text", "valid"),
    [
        ("Answer", '{"error": 1, "flag": 0, "codes": [0, 2]}', True),
        ("Answer", '{"error": true}', False),
        ("Answer", '{"error": "1"}', False),
        ("Answer", '{"error": 1, "flag": true}', False),
        ("Answer", '{"error": 1, "flag": "1"}', False),
        ("Answer", '{"error": 1, "codes": [false]}', False),
        ("Answer", '{"error": 1, "kind": "sms", "done": true}', True),
        ("Success", "0", True),
        ("Success", "false", False),
    ],
)
def test_rewritten_models_take_only_json_integers(rewritten: ModuleType, model: str, text: str, valid: bool) -> None:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(getattr(rewritten, model))
    if valid:
        assert adapter.dump_json(adapter.validate_json(text), exclude_unset=True)
    else:
        with pytest.raises(pydantic.ValidationError, match="valid integer"):
            adapter.validate_json(text)


def test_python_values_and_members_still_validate(rewritten: ModuleType) -> None:
    parsed = rewritten.Answer.model_validate({"error": 1, "flag": rewritten.Flag.integer_1, "codes": [2]})
    assert parsed.model_dump(mode="json", exclude_unset=True) == {"error": 1, "flag": 1, "codes": [2]}


def test_a_module_without_integer_choices_is_left_alone() -> None:
    source = "from typing import Literal\n\nKind = Literal['sms']\nDone = Literal[True]\n"
    assert json_integers.rewrite(source) == source
