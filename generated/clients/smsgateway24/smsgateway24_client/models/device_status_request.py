from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatusRequest")


@_attrs_define
class DeviceStatusRequest:
    """Which device to look up.

    Attributes:
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends the message, as shown
            in your account and returned by `getalldevices` (e.g. `260`). Typed as string by the vendor (numeric in
            practice); the GitHub copy of the docs also allows a Sender ID name here.
        token (str | Unset): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
    """

    device_id: str
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id")

        token = d.pop("token", UNSET)

        device_status_request = cls(
            device_id=device_id,
            token=token,
        )

        device_status_request.additional_properties = d
        return device_status_request

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
