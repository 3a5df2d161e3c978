from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_history_entry import MessageHistoryEntry


T = TypeVar("T", bound="MessageHistoryData")


@_attrs_define
class MessageHistoryData:
    """`result.data` of `GET /getAllMessageHistory`.

    Attributes:
        message_histories (list[MessageHistoryEntry]): One entry per recipient of the send.
    """

    message_histories: list[MessageHistoryEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_histories = []
        for message_histories_item_data in self.message_histories:
            message_histories_item = message_histories_item_data.to_dict()
            message_histories.append(message_histories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageHistories": message_histories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_history_entry import MessageHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        message_histories = []
        _message_histories = d.pop("messageHistories")
        for message_histories_item_data in _message_histories:
            message_histories_item = MessageHistoryEntry.from_dict(message_histories_item_data)

            message_histories.append(message_histories_item)

        message_history_data = cls(
            message_histories=message_histories,
        )

        message_history_data.additional_properties = d
        return message_history_data

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
