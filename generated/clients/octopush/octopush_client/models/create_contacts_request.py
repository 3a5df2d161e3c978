from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="CreateContactsRequest")


@_attrs_define
class CreateContactsRequest:
    """Body of `POST /contact/create`.

    Attributes:
        contacts (list[Contact]): The contacts to add. An existing number is overwritten with the new data unless
            `do_not_overwrite` is true.
        list_name (str | Unset): Name of a contact list (at most 30 characters).
        tag_name (str | Unset): Name of a contact tag (at most 20 characters).
        list_names (list[str] | Unset): Several list names to add the contacts to (documented only on the readme.io
            reference).
        tag_names (list[str] | Unset): Several tag names to attach to each contact (documented only on the readme.io
            reference).
        un_list (bool | Unset): When true, detach the contacts from all their lists (readme.io reference).
        un_tag (bool | Unset): When true, detach all tags from the contacts (readme.io reference).
        auto_remove_blacklisted_numbers (bool | Unset): When true, blacklisted numbers are removed automatically instead
            of being added.
        do_not_overwrite (bool | Unset): When true, a contact whose number already exists is skipped (status `skipped`)
            instead of being overwritten with the new data.
    """

    contacts: list[Contact]
    list_name: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    list_names: list[str] | Unset = UNSET
    tag_names: list[str] | Unset = UNSET
    un_list: bool | Unset = UNSET
    un_tag: bool | Unset = UNSET
    auto_remove_blacklisted_numbers: bool | Unset = UNSET
    do_not_overwrite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        list_name = self.list_name

        tag_name = self.tag_name

        list_names: list[str] | Unset = UNSET
        if not isinstance(self.list_names, Unset):
            list_names = self.list_names

        tag_names: list[str] | Unset = UNSET
        if not isinstance(self.tag_names, Unset):
            tag_names = self.tag_names

        un_list = self.un_list

        un_tag = self.un_tag

        auto_remove_blacklisted_numbers = self.auto_remove_blacklisted_numbers

        do_not_overwrite = self.do_not_overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name
        if list_names is not UNSET:
            field_dict["list_names"] = list_names
        if tag_names is not UNSET:
            field_dict["tag_names"] = tag_names
        if un_list is not UNSET:
            field_dict["un_list"] = un_list
        if un_tag is not UNSET:
            field_dict["un_tag"] = un_tag
        if auto_remove_blacklisted_numbers is not UNSET:
            field_dict["auto_remove_blacklisted_numbers"] = auto_remove_blacklisted_numbers
        if do_not_overwrite is not UNSET:
            field_dict["do_not_overwrite"] = do_not_overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        list_name = d.pop("list_name", UNSET)

        tag_name = d.pop("tag_name", UNSET)

        list_names = cast(list[str], d.pop("list_names", UNSET))

        tag_names = cast(list[str], d.pop("tag_names", UNSET))

        un_list = d.pop("un_list", UNSET)

        un_tag = d.pop("un_tag", UNSET)

        auto_remove_blacklisted_numbers = d.pop("auto_remove_blacklisted_numbers", UNSET)

        do_not_overwrite = d.pop("do_not_overwrite", UNSET)

        create_contacts_request = cls(
            contacts=contacts,
            list_name=list_name,
            tag_name=tag_name,
            list_names=list_names,
            tag_names=tag_names,
            un_list=un_list,
            un_tag=un_tag,
            auto_remove_blacklisted_numbers=auto_remove_blacklisted_numbers,
            do_not_overwrite=do_not_overwrite,
        )

        create_contacts_request.additional_properties = d
        return create_contacts_request

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
