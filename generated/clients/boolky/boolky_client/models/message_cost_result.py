from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_message import ApiMessage
    from ..models.message_cost_summary import MessageCostSummary


T = TypeVar("T", bound="MessageCostResult")


@_attrs_define
class MessageCostResult:
    """
    Attributes:
        data (MessageCostSummary): Price and size of a message (SMS price calculation, MMS send and MMS price
            calculation).
        message (ApiMessage | Unset): A human-readable message with a stable key. Used as `result.message` in success
            envelopes and as `error`
            in the error envelope.
    """

    data: MessageCostSummary
    message: ApiMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_message import ApiMessage  # noqa: PLC0415
        from ..models.message_cost_summary import MessageCostSummary  # noqa: PLC0415

        d = dict(src_dict)
        data = MessageCostSummary.from_dict(d.pop("data"))

        _message = d.pop("message", UNSET)
        message: ApiMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = ApiMessage.from_dict(_message)

        message_cost_result = cls(
            data=data,
            message=message,
        )

        message_cost_result.additional_properties = d
        return message_cost_result

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
