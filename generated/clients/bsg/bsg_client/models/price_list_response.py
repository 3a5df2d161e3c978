from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_code_integer import SuccessCodeInteger, check_success_code_integer
from ..models.success_code_string import SuccessCodeString, check_success_code_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_entry import PriceEntry


T = TypeVar("T", bound="PriceListResponse")


@_attrs_define
class PriceListResponse:
    """Price list of one service for one tariff.

    Attributes:
        prices (list[PriceEntry]): One entry per country (and network).
        error (SuccessCodeInteger | SuccessCodeString | Unset): The code `0` ("No errors") of a successful response, as
            the integer `0` or the string `"0"` (type drift,
            see `ErrorCode`). Successful object reads may omit `error` altogether.
        error_description (str | Unset): `No errors`.
    """

    prices: list[PriceEntry]
    error: SuccessCodeInteger | SuccessCodeString | Unset = UNSET
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, int):
            error = self.error
        else:
            error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prices": prices,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_entry import PriceEntry  # noqa: PLC0415

        d = dict(src_dict)
        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = PriceEntry.from_dict(prices_item_data)

            prices.append(prices_item)

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

        price_list_response = cls(
            prices=prices,
            error=error,
            error_description=error_description,
        )

        price_list_response.additional_properties = d
        return price_list_response

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
