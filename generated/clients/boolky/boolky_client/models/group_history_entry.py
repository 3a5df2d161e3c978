from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_message_history import GroupMessageHistory
    from ..models.history_photo import HistoryPhoto


T = TypeVar("T", bound="GroupHistoryEntry")


@_attrs_define
class GroupHistoryEntry:
    """One entry of the grouped message history.

    Attributes:
        group_message_history (GroupMessageHistory): One message send (to one or more recipients) in the grouped
            history.
        photos (list[HistoryPhoto] | Unset): Photos of an MMS send; empty for SMS.
    """

    group_message_history: GroupMessageHistory
    photos: list[HistoryPhoto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_message_history = self.group_message_history.to_dict()

        photos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = []
            for photos_item_data in self.photos:
                photos_item = photos_item_data.to_dict()
                photos.append(photos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupMessageHistory": group_message_history,
            }
        )
        if photos is not UNSET:
            field_dict["photos"] = photos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_message_history import GroupMessageHistory  # noqa: PLC0415
        from ..models.history_photo import HistoryPhoto  # noqa: PLC0415

        d = dict(src_dict)
        group_message_history = GroupMessageHistory.from_dict(d.pop("groupMessageHistory"))

        _photos = d.pop("photos", UNSET)
        photos: list[HistoryPhoto] | Unset = UNSET
        if _photos is not UNSET:
            photos = []
            for photos_item_data in _photos:
                photos_item = HistoryPhoto.from_dict(photos_item_data)

                photos.append(photos_item)

        group_history_entry = cls(
            group_message_history=group_message_history,
            photos=photos,
        )

        group_history_entry.additional_properties = d
        return group_history_entry

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
