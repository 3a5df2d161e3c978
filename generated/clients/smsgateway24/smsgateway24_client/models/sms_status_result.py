from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatusResult")


@_attrs_define
class SmsStatusResult:
    """Current status of one SMS.

    Attributes:
        sms_id (int): SMS id.
        status (SmsStatus): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the real order is 1 → 3 →
            2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        error (Literal[0] | Unset): `0` on success. Error bodies carry `1` instead (see `ErrorEnvelope`). Some success
            bodies (`getallsms`, `getalldevices`) omit the field.
        status_description (str | Unset): Status name, e.g. `New`, `delivered`.
        message (str | Unset): `Ok` on success.
    """

    sms_id: int
    status: SmsStatus
    error: Literal[0] | Unset = UNSET
    status_description: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        status: int = self.status

        error = self.error

        status_description = self.status_description

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        status = check_sms_status(d.pop("status"))

        error = cast(Literal[0] | Unset, d.pop("error", UNSET))
        if error != 0 and not isinstance(error, Unset):
            raise ValueError(f"error must match const 0, got '{error}'")

        status_description = d.pop("status_description", UNSET)

        message = d.pop("message", UNSET)

        sms_status_result = cls(
            sms_id=sms_id,
            status=status,
            error=error,
            status_description=status_description,
            message=message,
        )

        sms_status_result.additional_properties = d
        return sms_status_result

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
