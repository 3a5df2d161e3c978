from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of the address book. Empty fields are returned as empty strings (`""`), not `null`. `group_id` and
    `group_name` are present in `contacts/index` results, not in `contacts/view`.

        Attributes:
            id (int): Contact identifier.
            phone (str): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish numbers
                sent
                without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
                the prefix.
            email (str | Unset): E-mail address, or `""`.
            company (str | Unset): Company name, or `""`.
            first_name (str | Unset): First name, or `""`.
            last_name (str | Unset): Last name, or `""`.
            tax_id (str | Unset): Tax identification number (Polish NIP), or `""`.
            address (str | Unset): Street address, or `""`.
            city (str | Unset): City, or `""`.
            description (str | Unset): Free-text description, or `""`.
            blacklist (bool | Unset): Whether the phone number is on the account's blacklist.
            group_id (int | Unset): Group the contact belongs to (list results only).
            group_name (str | Unset): Name of that group (list results only).
    """

    id: int
    phone: str
    email: str | Unset = UNSET
    company: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    description: str | Unset = UNSET
    blacklist: bool | Unset = UNSET
    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        email = self.email

        company = self.company

        first_name = self.first_name

        last_name = self.last_name

        tax_id = self.tax_id

        address = self.address

        city = self.city

        description = self.description

        blacklist = self.blacklist

        group_id = self.group_id

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone": phone,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if company is not UNSET:
            field_dict["company"] = company
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if description is not UNSET:
            field_dict["description"] = description
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone")

        email = d.pop("email", UNSET)

        company = d.pop("company", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        description = d.pop("description", UNSET)

        blacklist = d.pop("blacklist", UNSET)

        group_id = d.pop("group_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        contact = cls(
            id=id,
            phone=phone,
            email=email,
            company=company,
            first_name=first_name,
            last_name=last_name,
            tax_id=tax_id,
            address=address,
            city=city,
            description=description,
            blacklist=blacklist,
            group_id=group_id,
            group_name=group_name,
        )

        contact.additional_properties = d
        return contact

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
