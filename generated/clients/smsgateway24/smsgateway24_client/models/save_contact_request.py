from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveContactRequest")


@_attrs_define
class SaveContactRequest:
    """A new contact, attached to a tag.

    Attributes:
        phone (str): Contact's phone number, e.g. `+4915752982212`.
        tag_id (int): Id of the tag (from `savetag`) the contact is attached to.
        token (str | Unset): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        ctag_id (int | Unset): Name used for the tag id on the live documentation page; probably an alias or a
            documentation error. Send `tag_id`.
        fullname (str | Unset): Contact's name.
    """

    phone: str
    tag_id: int
    token: str | Unset = UNSET
    ctag_id: int | Unset = UNSET
    fullname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        tag_id = self.tag_id

        token = self.token

        ctag_id = self.ctag_id

        fullname = self.fullname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "tag_id": tag_id,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if ctag_id is not UNSET:
            field_dict["ctag_id"] = ctag_id
        if fullname is not UNSET:
            field_dict["fullname"] = fullname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        tag_id = d.pop("tag_id")

        token = d.pop("token", UNSET)

        ctag_id = d.pop("ctag_id", UNSET)

        fullname = d.pop("fullname", UNSET)

        save_contact_request = cls(
            phone=phone,
            tag_id=tag_id,
            token=token,
            ctag_id=ctag_id,
            fullname=fullname,
        )

        save_contact_request.additional_properties = d
        return save_contact_request

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
