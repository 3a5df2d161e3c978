from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageContact")


@_attrs_define
class MessageContact:
    """Address-book entry of the phone number: the recipient of a sent message (returned when `show_contact` is set) or the
    sender of a received message.

        Attributes:
            id (int | Unset): Contact identifier (present in `messages/reports`).
            first_name (str | Unset): First name.
            last_name (str | Unset): Last name.
            company (str | Unset): Company name.
            phone (str | Unset): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish
                numbers sent
                without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
                the prefix.
            email (str | Unset): E-mail address.
            tax_id (str | Unset): Tax identification number (NIP).
            city (str | Unset): City.
            address (str | Unset): Street address.
            description (str | Unset): Free-text description.
    """

    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    city: str | Unset = UNSET
    address: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        phone = self.phone

        email = self.email

        tax_id = self.tax_id

        city = self.city

        address = self.address

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company = d.pop("company", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        description = d.pop("description", UNSET)

        message_contact = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            company=company,
            phone=phone,
            email=email,
            tax_id=tax_id,
            city=city,
            address=address,
            description=description,
        )

        message_contact.additional_properties = d
        return message_contact

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
