from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackPayload")


@_attrs_define
class CallbackPayload:
    """Body Boolky POSTs to the configured Call Back URL for each SMS status change.

    Attributes:
        sms_status (str): New delivery status, e.g. `delivered`. The other values are not documented.
        group_history_id (int | str): An integer that the vendor sends either as a JSON integer or as a numeric string,
            depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        phone_number (str): Phone number in international E.164 format with a leading `+`, as in every documented
            example.
        segments (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric string,
            depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        error_code (Any | Unset): Delivery error code; `null` in the only documented example, its type otherwise
            unknown.
    """

    sms_status: str
    group_history_id: int | str
    phone_number: str
    segments: int | str | Unset = UNSET
    error_code: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_status = self.sms_status

        group_history_id: int | str
        group_history_id = self.group_history_id

        phone_number = self.phone_number

        segments: int | str | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        else:
            segments = self.segments

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smsStatus": sms_status,
                "groupHistoryId": group_history_id,
                "phoneNumber": phone_number,
            }
        )
        if segments is not UNSET:
            field_dict["segments"] = segments
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_status = d.pop("smsStatus")

        def _parse_group_history_id(data: object) -> int | str:
            return cast(int | str, data)

        group_history_id = _parse_group_history_id(d.pop("groupHistoryId"))

        phone_number = d.pop("phoneNumber")

        def _parse_segments(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        error_code = d.pop("errorCode", UNSET)

        callback_payload = cls(
            sms_status=sms_status,
            group_history_id=group_history_id,
            phone_number=phone_number,
            segments=segments,
            error_code=error_code,
        )

        callback_payload.additional_properties = d
        return callback_payload

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
