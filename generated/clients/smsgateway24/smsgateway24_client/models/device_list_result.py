from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.devices_by_id import DevicesById


T = TypeVar("T", bound="DeviceListResult")


@_attrs_define
class DeviceListResult:
    """The account's devices. `device` is an object keyed by device id, not an array. The vendor's example has no `error`
    key.

        Attributes:
            device (DevicesById): Devices keyed by their id.
            error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
                bodies (`getallsms`, `getalldevices`) omit the field.
            message (str | Unset): Empty or `OK` on success.
            count (int | Unset): Number of devices.
    """

    device: DevicesById
    error: Literal[0] | Unset = UNSET
    message: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        error = self.error

        message = self.message

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.devices_by_id import DevicesById  # noqa: PLC0415

        d = dict(src_dict)
        device = DevicesById.from_dict(d.pop("device"))

        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        count = d.pop("count", UNSET)

        device_list_result = cls(
            device=device,
            error=error,
            message=message,
            count=count,
        )

        device_list_result.additional_properties = d
        return device_list_result

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
