from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.product_credits import ProductCredits


T = TypeVar("T", bound="CreditsByCountry")


@_attrs_define
class CreditsByCountry:
    """Response of `GET /wallet/check-credits` (200): a map keyed by ISO 3166-1 alpha-2 country code
    (`FR`, `ES`, …) whose values are the credits per product in that country.

    """

    additional_properties: dict[str, ProductCredits] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_credits import ProductCredits  # noqa: PLC0415

        d = dict(src_dict)
        credits_by_country = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ProductCredits.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        credits_by_country.additional_properties = additional_properties
        return credits_by_country

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProductCredits:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProductCredits) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
