from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSavedResult")


@_attrs_define
class SmsSavedResult:
    """The SMS was stored on the server and will be picked up by the device.

    Attributes:
        sms_id (int): Id of the created SMS (use it with `getsmsstatus`). Which id is returned when `sendto` holds
            several numbers is undocumented.
        error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
            bodies (`getallsms`, `getalldevices`) omit the field.
        message (str | Unset): `Sms has been saved successfully` on success.
    """

    sms_id: int
    error: Literal[0] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        sms_saved_result = cls(
            sms_id=sms_id,
            error=error,
            message=message,
        )

        sms_saved_result.additional_properties = d
        return sms_saved_result

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
