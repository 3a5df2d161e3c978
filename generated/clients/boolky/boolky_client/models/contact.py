from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..models.not_valid_flag_integer import NotValidFlagInteger, check_not_valid_flag_integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact saved in the account.

    Attributes:
        id (int): Contact id.
        name (str): Contact name.
        phone (str): Contact phone number as stored (E.164 in the examples; may be an invalid number, see `notValid`).
        group_ids (list[int] | Unset): A list of numeric ids (contacts or groups) saved in the Boolky account.
        not_valid (bool | NotValidFlagInteger | Unset): True when the phone number is not valid. The vendor sends it as
            a boolean (addContacts contacts, addGroup,
            the groups of getContacts) or as the integer `0`/`1` (the contacts of getContacts, the groups of GetAllGroups).
        gender (Gender | Unset): Gender of the contact: `1` = male, `2` = female.
        mail (str | Unset): Contact e-mail address.
    """

    id: int
    name: str
    phone: str
    group_ids: list[int] | Unset = UNSET
    not_valid: bool | NotValidFlagInteger | Unset = UNSET
    gender: Gender | Unset = UNSET
    mail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        not_valid: bool | int | Unset
        if isinstance(self.not_valid, Unset):
            not_valid = UNSET
        elif isinstance(self.not_valid, int):
            not_valid = self.not_valid
        else:
            not_valid = self.not_valid

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
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if not_valid is not UNSET:
            field_dict["notValid"] = not_valid
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

        group_ids = cast(list[int], d.pop("groupIds", UNSET))

        def _parse_not_valid(data: object) -> bool | NotValidFlagInteger | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_not_valid_flag_not_valid_flag_integer = check_not_valid_flag_integer(data)

                return componentsschemas_not_valid_flag_not_valid_flag_integer
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | NotValidFlagInteger | Unset, data)

        not_valid = _parse_not_valid(d.pop("notValid", UNSET))

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_gender(_gender)

        mail = d.pop("mail", UNSET)

        contact = cls(
            id=id,
            name=name,
            phone=phone,
            group_ids=group_ids,
            not_valid=not_valid,
            gender=gender,
            mail=mail,
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
