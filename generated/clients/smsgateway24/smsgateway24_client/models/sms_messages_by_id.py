from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sms_message import SmsMessage


T = TypeVar("T", bound="SmsMessagesById")


@_attrs_define
class SmsMessagesById:
    """Messages keyed by their id (the key equals the message's `id`)."""

    additional_properties: dict[str, SmsMessage] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_message import SmsMessage  # noqa: PLC0415

        d = dict(src_dict)
        sms_messages_by_id = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SmsMessage.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        sms_messages_by_id.additional_properties = additional_properties
        return sms_messages_by_id

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SmsMessage:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SmsMessage) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
