from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_date_time import PhpDateTime


T = TypeVar("T", bound="DeviceStatusResult")


@_attrs_define
class DeviceStatusResult:
    """Whether a device is online and when it was last seen.

    Attributes:
        online (bool): Whether the device is currently connected.
        device_id (int): Device id.
        error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
            bodies (`getallsms`, `getalldevices`) omit the field.
        message (str | Unset): `OK` on success.
        lastseen (PhpDateTime | Unset): A PHP `DateTime` object as serialised by `json_encode`. `date` is the local
            date-time in `timezone`.
        diffseconds (int | Unset): Seconds elapsed since `lastseen`.
        title (str | Unset): Device name.
    """

    online: bool
    device_id: int
    error: Literal[0] | Unset = UNSET
    message: str | Unset = UNSET
    lastseen: PhpDateTime | Unset = UNSET
    diffseconds: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online = self.online

        device_id = self.device_id

        error = self.error

        message = self.message

        lastseen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lastseen, Unset):
            lastseen = self.lastseen.to_dict()

        diffseconds = self.diffseconds

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "online": online,
                "device_id": device_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if lastseen is not UNSET:
            field_dict["lastseen"] = lastseen
        if diffseconds is not UNSET:
            field_dict["diffseconds"] = diffseconds
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.php_date_time import PhpDateTime  # noqa: PLC0415

        d = dict(src_dict)
        online = d.pop("online")

        device_id = d.pop("device_id")

        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        message = d.pop("message", UNSET)

        _lastseen = d.pop("lastseen", UNSET)
        lastseen: PhpDateTime | Unset
        if isinstance(_lastseen, Unset):
            lastseen = UNSET
        else:
            lastseen = PhpDateTime.from_dict(_lastseen)

        diffseconds = d.pop("diffseconds", UNSET)

        title = d.pop("title", UNSET)

        device_status_result = cls(
            online=online,
            device_id=device_id,
            error=error,
            message=message,
            lastseen=lastseen,
            diffseconds=diffseconds,
            title=title,
        )

        device_status_result.additional_properties = d
        return device_status_result

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
