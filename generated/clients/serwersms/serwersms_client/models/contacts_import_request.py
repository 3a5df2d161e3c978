from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.imported_contact import ImportedContact


T = TypeVar("T", bound="ContactsImportRequest")


@_attrs_define
class ContactsImportRequest:
    """Body of `contacts/import`.

    Attributes:
        group_name (str): Name of the group to import the contacts into.
        contact (list[ImportedContact]): The contacts to import. In form encoding use PHP bracket keys
            (`contact[0][phone]=…&contact[0][first_name]=…`).
        username (str | Unset): Login of an API user created in the Client Panel (*Interface settings* → *HTTPS API* →
            *API users*).
            Only used when the request carries no Bearer token; send it together with `password`.
        password (str | Unset): Password of the API user named in `username`. Only used when the request carries no
            Bearer token.
        system (str | Unset): Name of the calling client library, e.g. `client_php`, `client_python` or `client_nodejs`.
            Optional and
            informational; it does not change the behaviour of the action.
    """

    group_name: str
    contact: list[ImportedContact]
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    system: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        contact = []
        for contact_item_data in self.contact:
            contact_item = contact_item_data.to_dict()
            contact.append(contact_item)

        username = self.username

        password = self.password

        system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_name": group_name,
                "contact": contact,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.imported_contact import ImportedContact  # noqa: PLC0415

        d = dict(src_dict)
        group_name = d.pop("group_name")

        contact = []
        _contact = d.pop("contact")
        for contact_item_data in _contact:
            contact_item = ImportedContact.from_dict(contact_item_data)

            contact.append(contact_item)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        system = d.pop("system", UNSET)

        contacts_import_request = cls(
            group_name=group_name,
            contact=contact,
            username=username,
            password=password,
            system=system,
        )

        contacts_import_request.additional_properties = d
        return contacts_import_request

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
