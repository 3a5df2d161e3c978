"""Turning JSON into a client's typed arguments, and the mock's credentials into ``connect`` keywords."""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping
from typing import Any

import pytest

from smsspec.generate.auth import Connect, Credential
from smsspec.mock.security import Guard

from .calls import connect_arguments, typed


class Colour(enum.Enum):
    RED = "red"


class Unset:
    """Stands for the generated clients' ``Unset``: never a target of a conversion."""


class Model:
    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = dict(fields)

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> Model:
        if "id" not in value:
            raise KeyError("id")
        return cls(value)


class Other(Model):
    pass


def test_scalars_enums_dates_and_lists_become_their_types() -> None:
    assert typed(Colour | Unset, "red") is Colour.RED
    assert typed(datetime.date, "2021-03-01") == datetime.date(2021, 3, 1)
    assert typed(datetime.datetime, "2021-03-01T12:00:00Z").tzinfo is not None
    text = "00000000-0000-4000-8000-000000000002"
    assert typed(uuid.UUID, text) == uuid.UUID(text)
    assert isinstance(typed(uuid.UUID, text), uuid.UUID)
    assert typed(list[int] | Unset, [1, 2]) == [1, 2]
    assert typed(float, 1) == 1


@pytest.mark.parametrize(("annotation", "value"), [(int, True), (int, "1"), (str, 1), (list[int], 1), (Model, [])])
def test_a_value_of_the_wrong_type_is_refused(annotation: Any, value: Any) -> None:
    with pytest.raises(TypeError):
        typed(annotation, value)


def test_a_union_of_models_takes_the_preferred_class_then_the_first_that_accepts() -> None:
    assert type(typed(Model | Other, {"id": 1}, prefer="Other")) is Other
    assert type(typed(Model | Other, {"id": 1})) is Model
    with pytest.raises(TypeError, match="fits none"):
        typed(Model | Other, {"name": "x"})


def test_connect_gets_the_mock_credentials_and_settings_their_example() -> None:
    document = {
        "components": {
            "securitySchemes": {
                "Key": {"type": "apiKey", "in": "header", "name": "X-Key", "x-mock-credentials": {"value": "k"}},
                "Token": {
                    "type": "http",
                    "scheme": "bearer",
                    "x-body-credentials": ["username"],
                    "x-mock-credentials": {"value": "t", "body": {"username": "u"}},
                },
            }
        }
    }
    guard = Guard(document)
    connect = Connect(
        "connect",
        "",
        (
            Credential("key", "header", "X-Key", "", "", "YOUR-KEY", "k"),
            Credential("token", "header", "Authorization", "Bearer ", "", "YOUR-TOKEN", "t"),
            Credential("username", "body", "username", "", "", "YOUR-USERNAME", "u"),
            Credential("language", "header", "language", "", "", "EN", "EN"),
        ),
    )
    assert connect_arguments(guard, connect) == {"key": "k", "token": "t", "username": "u", "language": "EN"}
