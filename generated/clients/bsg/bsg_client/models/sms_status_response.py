from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_delivery_status import SmsDeliveryStatus, check_sms_delivery_status
from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatusResponse")


@_attrs_define
class SmsStatusResponse:
    """An SMS as returned by `GET /sms/{id}` and `GET /sms/reference/{reference}`.

    Attributes:
        id (int | str): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent as a
            string of
            digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
        error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
            the integer `0` or the string `"0"` (type drift,
            see `ErrorCode`). Successful object reads may omit `error` altogether.
        error_description (str | Unset): `No errors`.
        msisdn (str | Unset): Recipient phone number.
        reference (str | Unset): Client reference.
        time_in (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        time_sent (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        time_dr (str | Unset): Date and time as `YYYY-MM-DD HH:MM:SS` (no time zone), e.g. `2017-01-17 09:20:02`.
        status (SmsDeliveryStatus | Unset): Delivery status of an SMS.
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
        validity (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g.
            `3` or `"3"`).
    """

    id: int | str
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    reference: str | Unset = UNSET
    time_in: str | Unset = UNSET
    time_sent: str | Unset = UNSET
    time_dr: str | Unset = UNSET
    status: SmsDeliveryStatus | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    validity: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        error_description = self.error_description

        msisdn = self.msisdn

        reference = self.reference

        time_in = self.time_in

        time_sent = self.time_sent

        time_dr = self.time_dr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

        validity: int | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if reference is not UNSET:
            field_dict["reference"] = reference
        if time_in is not UNSET:
            field_dict["time_in"] = time_in
        if time_sent is not UNSET:
            field_dict["time_sent"] = time_sent
        if time_dr is not UNSET:
            field_dict["time_dr"] = time_dr
        if status is not UNSET:
            field_dict["status"] = status
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if validity is not UNSET:
            field_dict["validity"] = validity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

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

        msisdn = d.pop("msisdn", UNSET)

        reference = d.pop("reference", UNSET)

        time_in = d.pop("time_in", UNSET)

        time_sent = d.pop("time_sent", UNSET)

        time_dr = d.pop("time_dr", UNSET)

        _status = d.pop("status", UNSET)
        status: SmsDeliveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_sms_delivery_status(_status)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_validity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        validity = _parse_validity(d.pop("validity", UNSET))

        sms_status_response = cls(
            id=id,
            error=error,
            error_description=error_description,
            msisdn=msisdn,
            reference=reference,
            time_in=time_in,
            time_sent=time_sent,
            time_dr=time_dr,
            status=status,
            price=price,
            currency=currency,
            validity=validity,
        )

        sms_status_response.additional_properties = d
        return sms_status_response

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
