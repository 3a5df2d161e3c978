from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSmsResult")


@_attrs_define
class BulkSmsResult:
    """The messages were stored. No ids are returned; use `getallsms` (e.g. with `customerid`) to find them.

    Attributes:
        error (Literal[0]): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success bodies
            (`getallsms`, `getalldevices`) omit the field.
        message (str | Unset): `Sms has been saved successfully` on success.
    """

    error: Literal[0]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = cast(Literal[0], d.pop("error"))
        if error != 0:
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        bulk_sms_result = cls(
            error=error,
            message=message,
        )

        bulk_sms_result.additional_properties = d
        return bulk_sms_result

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
