from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_result import MessageResult


T = TypeVar("T", bound="SmsSendSingleResponse")


@_attrs_define
class SmsSendSingleResponse:
    """Answer to `destination` = `phone` (old docs, SDK tests): the outcome sits in the object `result`. A
    per-recipient error (21, 22, 23, 27, 28) is reported as `result.error` in the same shape.

        Attributes:
            result (MessageResult): Outcome for one recipient of a create request (SMS, Viber). A successful item has
                `error` 0 and carries
                `id`, `price` and `currency`; a failed item carries only `error`, `errorDescription` and `reference`
                (e.g. 21 invalid MSISDN, 22 missing reference, 23/43 duplicate reference, 27/47 invalid reference,
                28 invalid validity, 31/51 duplicate phone, 41 invalid phone, 44 invalid payload, 45 unregistered sender,
                46 empty text, 49 invalid Viber options).
            error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
                the integer `0` or the string `"0"` (type drift,
                see `ErrorCode`). Successful object reads may omit `error` altogether.
    """

    result: MessageResult
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_result import MessageResult  # noqa: PLC0415

        d = dict(src_dict)
        result = MessageResult.from_dict(d.pop("result"))

        def _parse_error(data: object) -> SuccessCodeInteger | SuccessCodeString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_code_success_code_integer = check_success_code_integer(data)

                return componentsschemas_success_code_success_code_integer
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_code_success_code_string = check_success_code_string(data)

            return componentsschemas_success_code_success_code_string

        error = _parse_error(d.pop("error", UNSET))

        sms_send_single_response = cls(
            result=result,
            error=error,
        )

        sms_send_single_response.additional_properties = d
        return sms_send_single_response

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
