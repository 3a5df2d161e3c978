from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sent_message import SentMessage


T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """Result of `messages/send_sms` and `messages/send_personalized`.

    Attributes:
        success (bool): `true` when the request was processed.
        queued (int | Unset): Number of messages queued for sending.
        unsent (int | Unset): Number of messages that were not sent.
        items (list[SentMessage] | Unset): Per-recipient details; returned when `details` is set.
    """

    success: bool
    queued: int | Unset = UNSET
    unsent: int | Unset = UNSET
    items: list[SentMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        queued = self.queued

        unsent = self.unsent

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if queued is not UNSET:
            field_dict["queued"] = queued
        if unsent is not UNSET:
            field_dict["unsent"] = unsent
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sent_message import SentMessage  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        queued = d.pop("queued", UNSET)

        unsent = d.pop("unsent", UNSET)

        _items = d.pop("items", UNSET)
        items: list[SentMessage] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = SentMessage.from_dict(items_item_data)

                items.append(items_item)

        send_result = cls(
            success=success,
            queued=queued,
            unsent=unsent,
            items=items,
        )

        send_result.additional_properties = d
        return send_result

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
