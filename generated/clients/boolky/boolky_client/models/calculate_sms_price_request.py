from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceRequest")


@_attrs_define
class CalculateSmsPriceRequest:
    """Body of the SMS price calculation. Same as sending an SMS, without `saveContacts`.

    Attributes:
        text (str): Message text.
        phone_numbers (list[str]): Recipient phone numbers.
        group_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
        contact_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
    """

    text: str
    phone_numbers: list[str]
    group_ids: list[int] | Unset = UNSET
    contact_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        phone_numbers = self.phone_numbers

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "phoneNumbers": phone_numbers,
            }
        )
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        group_ids = cast(list[int], d.pop("groupIds", UNSET))

        contact_ids = cast(list[int], d.pop("contactIds", UNSET))

        calculate_sms_price_request = cls(
            text=text,
            phone_numbers=phone_numbers,
            group_ids=group_ids,
            contact_ids=contact_ids,
        )

        calculate_sms_price_request.additional_properties = d
        return calculate_sms_price_request

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
