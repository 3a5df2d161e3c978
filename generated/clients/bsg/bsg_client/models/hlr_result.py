from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrResult")


@_attrs_define
class HlrResult:
    """Outcome of one lookup of a batch HLR request.

    Attributes:
        error (int | str): BSG result code, `0` meaning "no errors". **Type drift:** the API sends it as an integer in
            most
            responses (`"error": 0`) but as a numeric string in others (`"error": "0"`, `"error": "40"`); the official
            SDKs coerce it with `int(...)`.

            Codes (API 1.0). The current and the older published tables differ only on codes 2 and 3.

            | code | meaning |
            |---|---|
            | 0 | no errors |
            | 1 | invalid API key |
            | 2 | account (user) blocked; the older table: not enough parameters |
            | 3 | not enough parameters; the older table: account blocked |
            | 4 | requested function not supported / invalid request |
            | 5 | unknown error |
            | 6 | non-existent tariff (price grid) code ("Invalid tariff code") |
            | 7 | invalid or missing parameters |
            | 8 | not enough funds |
            | 9 | tariff (price grid) inactive |
            | 10 | invalid sending time |
            | 11 | too many messages being processed simultaneously |
            | 12 | batch (package) size exceeded |
            | 20 | SMS not found |
            | 21 | invalid phone number (MSISDN) |
            | 22 | external id (reference) missing |
            | 23 | an SMS with this external id already exists |
            | 24 | invalid request payload |
            | 25 | invalid originator |
            | 26 | SMS text empty or too long |
            | 27 | invalid external id |
            | 28 | invalid validity value |
            | 29 | invalid task id |
            | 30 | task not found |
            | 31 | phone already present in this request |
            | 32 | sender (originator) not allowed |
            | 33 | direction not allowed (current table only) |
            | 34 | wrong OTP / code generation error (current table only) |
            | 35 | 2-way SMS not active for the account (current table only) |
            | 36 | wrong 2-way sender (current table only) |
            | 40 | Viber message not found ("Message not found") |
            | 41 | invalid phone number (Viber) |
            | 43 | a Viber message with this external id already exists ("External ID already exists") |
            | 44 | invalid request payload (Viber) |
            | 45 | sender not registered (invalid or unregistered Viber sender) |
            | 46 | Viber text empty or too long |
            | 47 | invalid external id (Viber) |
            | 48 | invalid validity (Viber) |
            | 49 | invalid combination of Viber options |
            | 51 | phone already present in this campaign (Viber) |
            | 60 | HLR request not found |
            | 61 | invalid phone number (HLR) |
            | 62 | external id missing (HLR) |
            | 63 | an HLR request with this external id already exists |
            | 64 | invalid request payload (HLR) |
            | 65 | invalid external id (HLR) |
            | 66 | phone already present in the request (HLR) |

            There is no code 42 or 50.
        reference (str | Unset): Client reference of the lookup.
        id (int | str | Unset): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent
            as a string of
            digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
        error_description (str | Unset): Text of the code.
        msisdn (str | Unset): Looked-up phone number (SDK README).
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
        tariff_code (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g.
            `3` or `"3"`).
        callback_url (str | Unset): Callback URL echoed back (SDK README).
    """

    error: int | str
    reference: str | Unset = UNSET
    id: int | str | Unset = UNSET
    error_description: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    tariff_code: int | str | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: int | str
        error = self.error

        reference = self.reference

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        error_description = self.error_description

        msisdn = self.msisdn

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

        tariff_code: int | str | Unset
        if isinstance(self.tariff_code, Unset):
            tariff_code = UNSET
        else:
            tariff_code = self.tariff_code

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if id is not UNSET:
            field_dict["id"] = id
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tariff_code is not UNSET:
            field_dict["tariff_code"] = tariff_code
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> int | str:
            return cast(int | str, data)

        error = _parse_error(d.pop("error"))

        reference = d.pop("reference", UNSET)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        error_description = d.pop("errorDescription", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_tariff_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tariff_code = _parse_tariff_code(d.pop("tariff_code", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        hlr_result = cls(
            error=error,
            reference=reference,
            id=id,
            error_description=error_description,
            msisdn=msisdn,
            price=price,
            currency=currency,
            tariff_code=tariff_code,
            callback_url=callback_url,
        )

        hlr_result.additional_properties = d
        return hlr_result

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
