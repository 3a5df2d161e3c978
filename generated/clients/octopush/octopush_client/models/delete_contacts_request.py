from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteContactsRequest")


@_attrs_define
class DeleteContactsRequest:
    """Body of `DELETE /contact/delete`.

    Attributes:
        phone_numbers (list[str]): The phone numbers of the contacts to delete (1 to 200).
        list_name (str | Unset): Name of a contact list (at most 30 characters).
    """

    phone_numbers: list[str]
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = self.phone_numbers

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_numbers": phone_numbers,
            }
        )
        if list_name is not UNSET:
            field_dict["list_name"] = list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_numbers = cast(list[str], d.pop("phone_numbers"))

        list_name = d.pop("list_name", UNSET)

        delete_contacts_request = cls(
            phone_numbers=phone_numbers,
            list_name=list_name,
        )

        delete_contacts_request.additional_properties = d
        return delete_contacts_request

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
