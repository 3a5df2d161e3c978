from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_history_entry import GroupHistoryEntry


T = TypeVar("T", bound="GroupHistoryData")


@_attrs_define
class GroupHistoryData:
    """`result.data` of `GET /getAllGroupsHistory`.

    Attributes:
        histories (list[GroupHistoryEntry]): The sends in the requested period.
    """

    histories: list[GroupHistoryEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        histories = []
        for histories_item_data in self.histories:
            histories_item = histories_item_data.to_dict()
            histories.append(histories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "histories": histories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_history_entry import GroupHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        histories = []
        _histories = d.pop("histories")
        for histories_item_data in _histories:
            histories_item = GroupHistoryEntry.from_dict(histories_item_data)

            histories.append(histories_item)

        group_history_data = cls(
            histories=histories,
        )

        group_history_data.additional_properties = d
        return group_history_data

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
