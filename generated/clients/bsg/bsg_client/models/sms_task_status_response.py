from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsTaskStatusResponse")


@_attrs_define
class SmsTaskStatusResponse:
    """Summary of a bulk SMS task (`GET /sms/task/{task_id}`).

    Attributes:
        originator (str): Sender of the task.
        body (str): Text of the task.
        error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
            the integer `0` or the string `"0"` (type drift,
            see `ErrorCode`). Successful object reads may omit `error` altogether.
        error_description (str | Unset): `No errors`.
        validity (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g.
            `3` or `"3"`).
        totalprice (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number
            (`0.23`) or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
        sent (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3` or
            `"3"`).
        delivered (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g.
            `3` or `"3"`).
        expired (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
            or `"3"`).
        undeliverable (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string
            (e.g. `3` or `"3"`).
        unknown (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
            or `"3"`).
    """

    originator: str
    body: str
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    validity: int | str | Unset = UNSET
    totalprice: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    sent: int | str | Unset = UNSET
    delivered: int | str | Unset = UNSET
    expired: int | str | Unset = UNSET
    undeliverable: int | str | Unset = UNSET
    unknown: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        originator = self.originator

        body = self.body

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        error_description = self.error_description

        validity: int | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        totalprice: float | str | Unset
        if isinstance(self.totalprice, Unset):
            totalprice = UNSET
        else:
            totalprice = self.totalprice

        currency = self.currency

        sent: int | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        delivered: int | str | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        expired: int | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        undeliverable: int | str | Unset
        if isinstance(self.undeliverable, Unset):
            undeliverable = UNSET
        else:
            undeliverable = self.undeliverable

        unknown: int | str | Unset
        if isinstance(self.unknown, Unset):
            unknown = UNSET
        else:
            unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originator": originator,
                "body": body,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if validity is not UNSET:
            field_dict["validity"] = validity
        if totalprice is not UNSET:
            field_dict["totalprice"] = totalprice
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if expired is not UNSET:
            field_dict["expired"] = expired
        if undeliverable is not UNSET:
            field_dict["undeliverable"] = undeliverable
        if unknown is not UNSET:
            field_dict["unknown"] = unknown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        originator = d.pop("originator")

        body = d.pop("body")

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

        error_description = d.pop("errorDescription", UNSET)

        def _parse_validity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        validity = _parse_validity(d.pop("validity", UNSET))

        def _parse_totalprice(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        totalprice = _parse_totalprice(d.pop("totalprice", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_sent(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sent = _parse_sent(d.pop("sent", UNSET))

        def _parse_delivered(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        delivered = _parse_delivered(d.pop("delivered", UNSET))

        def _parse_expired(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        expired = _parse_expired(d.pop("expired", UNSET))

        def _parse_undeliverable(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        undeliverable = _parse_undeliverable(d.pop("undeliverable", UNSET))

        def _parse_unknown(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        unknown = _parse_unknown(d.pop("unknown", UNSET))

        sms_task_status_response = cls(
            originator=originator,
            body=body,
            error=error,
            error_description=error_description,
            validity=validity,
            totalprice=totalprice,
            currency=currency,
            sent=sent,
            delivered=delivered,
            expired=expired,
            undeliverable=undeliverable,
            unknown=unknown,
        )

        sms_task_status_response.additional_properties = d
        return sms_task_status_response

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
