from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatusData")


@_attrs_define
class SmsStatusData:
    """Delivery status of one SMS. The vendor page is missing; the fields are guessed from the callBack webhook payload.

    Attributes:
        sms_status (str | Unset): Delivery status, e.g. `delivered`.
        phone_number (str | Unset): The recipient phone number.
        group_history_id (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric
            string, depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        segments (int | str | Unset): An integer that the vendor sends either as a JSON integer or as a numeric string,
            depending on the endpoint
            (e.g. `groupHistoryId` is `0` in the sendSms response but `"14874"` in the callBack webhook).
        error_code (Any | Unset): Delivery error code; `null` when there is none.
    """

    sms_status: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    group_history_id: int | str | Unset = UNSET
    segments: int | str | Unset = UNSET
    error_code: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_status = self.sms_status

        phone_number = self.phone_number

        group_history_id: int | str | Unset
        if isinstance(self.group_history_id, Unset):
            group_history_id = UNSET
        else:
            group_history_id = self.group_history_id

        segments: int | str | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        else:
            segments = self.segments

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms_status is not UNSET:
            field_dict["smsStatus"] = sms_status
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if group_history_id is not UNSET:
            field_dict["groupHistoryId"] = group_history_id
        if segments is not UNSET:
            field_dict["segments"] = segments
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_status = d.pop("smsStatus", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        def _parse_group_history_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group_history_id = _parse_group_history_id(d.pop("groupHistoryId", UNSET))

        def _parse_segments(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        error_code = d.pop("errorCode", UNSET)

        sms_status_data = cls(
            sms_status=sms_status,
            phone_number=phone_number,
            group_history_id=group_history_id,
            segments=segments,
            error_code=error_code,
        )

        sms_status_data.additional_properties = d
        return sms_status_data

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
