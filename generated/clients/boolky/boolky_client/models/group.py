from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.not_valid_flag_integer import NotValidFlagInteger, check_not_valid_flag_integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A contact group.

    Attributes:
        id (int): Group id.
        name (str): Group name.
        customer_id (int | Unset): Id of the Boolky account that owns the group.
        position (int | Unset): Display position of the group.
        not_valid (bool | NotValidFlagInteger | Unset): True when the phone number is not valid. The vendor sends it as
            a boolean (addContacts contacts, addGroup,
            the groups of getContacts) or as the integer `0`/`1` (the contacts of getContacts, the groups of GetAllGroups).
    """

    id: int
    name: str
    customer_id: int | Unset = UNSET
    position: int | Unset = UNSET
    not_valid: bool | NotValidFlagInteger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        customer_id = self.customer_id

        position = self.position

        not_valid: bool | int | Unset
        if isinstance(self.not_valid, Unset):
            not_valid = UNSET
        elif isinstance(self.not_valid, int):
            not_valid = self.not_valid
        else:
            not_valid = self.not_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if position is not UNSET:
            field_dict["position"] = position
        if not_valid is not UNSET:
            field_dict["notValid"] = not_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        customer_id = d.pop("customerId", UNSET)

        position = d.pop("position", UNSET)

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

        group = cls(
            id=id,
            name=name,
            customer_id=customer_id,
            position=position,
            not_valid=not_valid,
        )

        group.additional_properties = d
        return group

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
