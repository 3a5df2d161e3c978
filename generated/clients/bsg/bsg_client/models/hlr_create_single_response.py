from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrCreateSingleResponse")


@_attrs_define
class HlrCreateSingleResponse:
    """Answer to a single-object HLR request (old docs); the values are strings in the docs.

    Attributes:
        id (int | str): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent as a
            string of
            digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
        error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
            the integer `0` or the string `"0"` (type drift,
            see `ErrorCode`). Successful object reads may omit `error` altogether.
        error_description (str | Unset): `No errors`.
        reference (str | Unset): Client reference of the lookup.
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
    """

    id: int | str
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    reference: str | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
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

        reference = self.reference

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

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
        if reference is not UNSET:
            field_dict["reference"] = reference
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

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

        reference = d.pop("reference", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        hlr_create_single_response = cls(
            id=id,
            error=error,
            error_description=error_description,
            reference=reference,
            price=price,
            currency=currency,
        )

        hlr_create_single_response.additional_properties = d
        return hlr_create_single_response

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
