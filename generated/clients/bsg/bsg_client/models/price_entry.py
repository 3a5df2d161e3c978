from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_entry_type import PriceEntryType, check_price_entry_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceEntry")


@_attrs_define
class PriceEntry:
    """Price of one message or lookup to one country (and network).

    Attributes:
        type_ (PriceEntryType | Unset): Service the price applies to.
        country (str | Unset): ISO 3166-1 alpha-2 country code; empty for "Other countries".
        country_name (str | Unset): Country name.
        mcc (str | Unset): Mobile country code.
        mnc (str | Unset): Mobile network code; absent for country-wide prices.
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
        currency (str | Unset): ISO 4217 currency code of the account, e.g. `EUR`.
    """

    type_: PriceEntryType | Unset = UNSET
    country: str | Unset = UNSET
    country_name: str | Unset = UNSET
    mcc: str | Unset = UNSET
    mnc: str | Unset = UNSET
    price: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        country = self.country

        country_name = self.country_name

        mcc = self.mcc

        mnc = self.mnc

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PriceEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_price_entry_type(_type_)

        country = d.pop("country", UNSET)

        country_name = d.pop("country_name", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        currency = d.pop("currency", UNSET)

        price_entry = cls(
            type_=type_,
            country=country,
            country_name=country_name,
            mcc=mcc,
            mnc=mnc,
            price=price,
            currency=currency,
        )

        price_entry.additional_properties = d
        return price_entry

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
