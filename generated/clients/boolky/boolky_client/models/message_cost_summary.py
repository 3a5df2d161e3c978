from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageCostSummary")


@_attrs_define
class MessageCostSummary:
    """Price and size of a message (SMS price calculation, MMS send and MMS price calculation).

    Attributes:
        cost (float | str): A monetary amount in the account currency. The vendor sends it as a decimal string in
            sendSms and the
            history (`"0.0295"`, `"0.1200"`) and as a JSON number in the price calculations and sendMms (`0.047`).
        total_part_count (int): Total number of message parts.
        receiver_count (int): Number of recipients.
        text (str | Unset): Echo of the message text.
    """

    cost: float | str
    total_part_count: int
    receiver_count: int
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost: float | str
        cost = self.cost

        total_part_count = self.total_part_count

        receiver_count = self.receiver_count

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "totalPartCount": total_part_count,
                "receiverCount": receiver_count,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))

        total_part_count = d.pop("totalPartCount")

        receiver_count = d.pop("receiverCount")

        text = d.pop("text", UNSET)

        message_cost_summary = cls(
            cost=cost,
            total_part_count=total_part_count,
            receiver_count=receiver_count,
            text=text,
        )

        message_cost_summary.additional_properties = d
        return message_cost_summary

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
