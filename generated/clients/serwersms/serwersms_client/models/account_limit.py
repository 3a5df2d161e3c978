from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountLimit")


@_attrs_define
class AccountLimit:
    """Remaining limit of one message type.

    Attributes:
        type_ (str): Message type the limit applies to (e.g. `eco`, `full`, `mms`, `voice`).
        chars_limit (int | str | Unset): An integer that the API may also print as a numeric string (type drift).
        value (int | str | Unset): An integer that the API may also print as a numeric string (type drift).
    """

    type_: str
    chars_limit: int | str | Unset = UNSET
    value: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        chars_limit: int | str | Unset
        if isinstance(self.chars_limit, Unset):
            chars_limit = UNSET
        else:
            chars_limit = self.chars_limit

        value: int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if chars_limit is not UNSET:
            field_dict["chars_limit"] = chars_limit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_chars_limit(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        chars_limit = _parse_chars_limit(d.pop("chars_limit", UNSET))

        def _parse_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        account_limit = cls(
            type_=type_,
            chars_limit=chars_limit,
            value=value,
        )

        account_limit.additional_properties = d
        return account_limit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
