from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCredits")


@_attrs_define
class ProductCredits:
    """Credits (number of sendable units) per product for one country.

    Attributes:
        premium_sms (int | Unset): Premium SMS credits.
        low_cost_sms (int | Unset): Low Cost SMS credits.
        vocal_sms (int | Unset): Voice SMS credits.
        hlr (int | Unset): HLR lookup credits.
    """

    premium_sms: int | Unset = UNSET
    low_cost_sms: int | Unset = UNSET
    vocal_sms: int | Unset = UNSET
    hlr: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        premium_sms = self.premium_sms

        low_cost_sms = self.low_cost_sms

        vocal_sms = self.vocal_sms

        hlr = self.hlr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if premium_sms is not UNSET:
            field_dict["premium_sms"] = premium_sms
        if low_cost_sms is not UNSET:
            field_dict["low_cost_sms"] = low_cost_sms
        if vocal_sms is not UNSET:
            field_dict["vocal_sms"] = vocal_sms
        if hlr is not UNSET:
            field_dict["hlr"] = hlr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        premium_sms = d.pop("premium_sms", UNSET)

        low_cost_sms = d.pop("low_cost_sms", UNSET)

        vocal_sms = d.pop("vocal_sms", UNSET)

        hlr = d.pop("hlr", UNSET)

        product_credits = cls(
            premium_sms=premium_sms,
            low_cost_sms=low_cost_sms,
            vocal_sms=vocal_sms,
            hlr=hlr,
        )

        product_credits.additional_properties = d
        return product_credits

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
