from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteContactsRequest")


@_attrs_define
class DeleteContactsRequest:
    """Body of the contact deletion.

    Attributes:
        ids (list[int]): Ids of the contacts to delete.
        permanent (bool): `true` removes the contacts from every group (deletes them); `false` removes them only from
            the group `groupId`.
        group_id (int | Unset): The group to remove the contacts from when `permanent` is `false`.
    """

    ids: list[int]
    permanent: bool
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        permanent = self.permanent

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "permanent": permanent,
            }
        )
        if group_id is not UNSET:
            field_dict["groupId"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        permanent = d.pop("permanent")

        group_id = d.pop("groupId", UNSET)

        delete_contacts_request = cls(
            ids=ids,
            permanent=permanent,
            group_id=group_id,
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
