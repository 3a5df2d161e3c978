from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewContact")


@_attrs_define
class NewContact:
    """A contact to add.

    Attributes:
        name (str): Contact name.
        phone (str): Phone number in international E.164 format with a leading `+`, as in every documented example.
        birthday (str | Unset): A calendar date written `DD-MM-YYYY` (e.g. `13-04-1993`), the format of contact
            birthdays.
        birth_day (str | Unset): A calendar date written `DD-MM-YYYY` (e.g. `13-04-1993`), the format of contact
            birthdays.
        gender (Gender | Unset): Gender of the contact: `1` = male, `2` = female.
        mail (str | Unset): Contact e-mail address.
    """

    name: str
    phone: str
    birthday: str | Unset = UNSET
    birth_day: str | Unset = UNSET
    gender: Gender | Unset = UNSET
    mail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        birthday = self.birthday

        birth_day = self.birth_day

        gender: int | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        mail = self.mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
            }
        )
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if birth_day is not UNSET:
            field_dict["birthDay"] = birth_day
        if gender is not UNSET:
            field_dict["gender"] = gender
        if mail is not UNSET:
            field_dict["mail"] = mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        birthday = d.pop("birthday", UNSET)

        birth_day = d.pop("birthDay", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_gender(_gender)

        mail = d.pop("mail", UNSET)

        new_contact = cls(
            name=name,
            phone=phone,
            birthday=birthday,
            birth_day=birth_day,
            gender=gender,
            mail=mail,
        )

        new_contact.additional_properties = d
        return new_contact

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
