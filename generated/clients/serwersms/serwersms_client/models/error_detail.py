from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """Code, category and human-readable text of an application error.

    Attributes:
        code (int): Numeric error code. Documented codes (the vendor's table beyond 3102 could not be retrieved, so
            other codes
            may occur):

            | code | type | meaning |
            |---|---|---|
            | 1000 | InvalidAction | no action given |
            | 1001 | InvalidUser | wrong login or password |
            | 1002 | InvalidRole | the user may not use the API |
            | 1003 | InvalidIP | IP address not authorised |
            | 1004 | InvalidID | invalid `id` parameter |
            | 1005 | InvalidRole | no permission |
            | 1006 | InvalidData | invalid data format |
            | 1007 | InvalidRole | account not fully active |
            | 1008 | InvalidRole | the user may not view phone numbers |
            | 2000 | ValidationRequiredError | required parameters missing |
            | 2001 | ValidationPhoneError | invalid phone number |
            | 2002 | ValidationCodeError | invalid error code (for `error/{code}`) |
            | 3000 | SendError | SMS ECO+ limit exhausted |
            | 3001 | SendError | no permission to send SMS ECO+ |
            | 3002 | SendError | SMS FULL limit exhausted |
            | 3003 | SendError | no permission to send SMS FULL |
            | 3004 | SendError | MMS limit exhausted |
            | 3005 | SendError | no permission to send MMS |
            | 3006 | SendError | VOICE limit exhausted |
            | 3007 | SendError | no permission to send VOICE |
            | 3008 | SendError | no permission to send Flash SMS |
            | 3009 | SendError | no permission to send SMS |
            | 3100 | SendError | sending SMS is blocked |
            | 3101 | SendError | the message is empty |
            | 3102 | SendError | the message is too long |
        type_ (str): Error category: `InvalidAction`, `InvalidUser`, `InvalidRole`, `InvalidIP`, `InvalidID`,
            `InvalidData`,
            `ValidationRequiredError`, `ValidationPhoneError`, `ValidationCodeError` or `SendError` among the documented
            codes (not an enum, because the rest of the code table is unknown).
        message (str): Human-readable description of the error (the Polish and the English documentation show Polish and
            English texts).
    """

    code: int
    type_: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        type_ = d.pop("type")

        message = d.pop("message")

        error_detail = cls(
            code=code,
            type_=type_,
            message=message,
        )

        error_detail.additional_properties = d
        return error_detail

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
