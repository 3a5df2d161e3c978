from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMember")


@_attrs_define
class GroupMember:
    """A contact as listed inside a group by `GET /GetAllGroups`.

    Attributes:
        id (int): Contact id.
        name (str): Contact name.
        phone (str): Contact phone number as stored.
        gender (Gender | Unset): Gender of the contact: `1` = male, `2` = female.
        mail (str | Unset): Contact e-mail address.
    """

    id: int
    name: str
    phone: str
    gender: Gender | Unset = UNSET
    mail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        gender: int | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        mail = self.mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "phone": phone,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if mail is not UNSET:
            field_dict["mail"] = mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        phone = d.pop("phone")

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_gender(_gender)

        mail = d.pop("mail", UNSET)

        group_member = cls(
            id=id,
            name=name,
            phone=phone,
            gender=gender,
            mail=mail,
        )

        group_member.additional_properties = d
        return group_member

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
