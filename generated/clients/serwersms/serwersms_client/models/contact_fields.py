from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFields")


@_attrs_define
class ContactFields:
    """The editable fields of a contact, shared by `contacts/add` and `contacts/edit`.

    Attributes:
        group_id (int | list[int]): One numeric identifier, or an array of them (e.g. several groups). In form encoding
            an array is sent with
            PHP bracket keys (`group_id[0]=…&group_id[1]=…`).
        phone (str): Phone number in international format with the country prefix, e.g. `+48500600700`. Polish numbers
            sent
            without the `+48` prefix are corrected automatically where possible; the documented responses show numbers with
            the prefix.
        email (str | Unset): E-mail address, e.g. `adres@mail.com` (at most 255 characters).
        first_name (str | Unset): First name (at most 255 characters).
        last_name (str | Unset): Last name (at most 255 characters).
        company (str | Unset): Company name (at most 255 characters).
        tax_id (str | Unset): Tax identification number, Polish NIP (at most 255 characters).
        address (str | Unset): Street address (at most 255 characters).
        city (str | Unset): City (at most 255 characters).
        description (str | Unset): Free-text description (at most 255 characters).
    """

    group_id: int | list[int]
    phone: str
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id: int | list[int]
        if isinstance(self.group_id, list):
            group_id = self.group_id

        else:
            group_id = self.group_id

        phone = self.phone

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        tax_id = self.tax_id

        address = self.address

        city = self.city

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "phone": phone,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_group_id(data: object) -> int | list[int]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_id_or_ids_type_1 = cast(list[int], data)

                return componentsschemas_id_or_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int], data)

        group_id = _parse_group_id(d.pop("group_id"))

        phone = d.pop("phone")

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company = d.pop("company", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        description = d.pop("description", UNSET)

        contact_fields = cls(
            group_id=group_id,
            phone=phone,
            email=email,
            first_name=first_name,
            last_name=last_name,
            company=company,
            tax_id=tax_id,
            address=address,
            city=city,
            description=description,
        )

        contact_fields.additional_properties = d
        return contact_fields

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
