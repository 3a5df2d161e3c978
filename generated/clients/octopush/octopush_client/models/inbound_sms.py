from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundSms")


@_attrs_define
class InboundSms:
    """Inbound SMS (a reply or a message to your number) pushed by Octopush to the account's `callback_url_for_inbounds`.

    Attributes:
        number (str): Phone number of the sender of the inbound SMS.
        text (str): Text of the inbound SMS.
        sim_card_number (str | Unset): Number (SIM) on which the SMS was received.
        message_id (str | Unset): Identifier of the inbound message (or of the message it replies to).
        reception_date (str | Unset): Date and time of reception, as sent by Octopush (format not documented).
    """

    number: str
    text: str
    sim_card_number: str | Unset = UNSET
    message_id: str | Unset = UNSET
    reception_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        text = self.text

        sim_card_number = self.sim_card_number

        message_id = self.message_id

        reception_date = self.reception_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "text": text,
            }
        )
        if sim_card_number is not UNSET:
            field_dict["sim_card_number"] = sim_card_number
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if reception_date is not UNSET:
            field_dict["reception_date"] = reception_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        text = d.pop("text")

        sim_card_number = d.pop("sim_card_number", UNSET)

        message_id = d.pop("message_id", UNSET)

        reception_date = d.pop("reception_date", UNSET)

        inbound_sms = cls(
            number=number,
            text=text,
            sim_card_number=sim_card_number,
            message_id=message_id,
            reception_date=reception_date,
        )

        inbound_sms.additional_properties = d
        return inbound_sms

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
