from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonalizedMessage")


@_attrs_define
class PersonalizedMessage:
    """One personalised message of `messages/send_personalized`.

    Attributes:
        phone (str): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish numbers
            sent
            without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
            the prefix.
        text (str): Content of the message for this number.
    """

    phone: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        text = d.pop("text")

        personalized_message = cls(
            phone=phone,
            text=text,
        )

        personalized_message.additional_properties = d
        return personalized_message

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
