from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_sms_event_sim import IncomingSmsEventSim, check_incoming_sms_event_sim
from ..models.incoming_sms_event_type import IncomingSmsEventType, check_incoming_sms_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingSmsEvent")


@_attrs_define
class IncomingSmsEvent:
    """Sent by SmsGateway24 to the device's incoming-message webhook URL when the phone receives a message.

    Attributes:
        address (int | str): Sender's phone number or alphanumeric sender name (an integer on the older version of the
            page).
        body (str): Message text, or for `type` `img` the URL of the uploaded image.
        date (str | Unset): When the message was received by the phone.
        date_sent (str | Unset): When the sender sent the message.
        internal_id (int | Unset): Id of the message on the phone.
        channel_id (int | Unset): Channel / SIM slot that received the message (see `SimSlot`).
        sim (IncomingSmsEventSim | Unset): SIM slot; name of `channel_id` on the older version of the webhook page.
        sms_id (int | Unset): Id of the stored incoming SMS (status `5` in `getallsms`).
        device_id (int | Unset): Id of the receiving device.
        device_name (str | Unset): Name of the receiving device.
        type_ (IncomingSmsEventType | Unset): `text` for a text message, `img` for an image (the body then carries the
            uploaded image URL).
    """

    address: int | str
    body: str
    date: str | Unset = UNSET
    date_sent: str | Unset = UNSET
    internal_id: int | Unset = UNSET
    channel_id: int | Unset = UNSET
    sim: IncomingSmsEventSim | Unset = UNSET
    sms_id: int | Unset = UNSET
    device_id: int | Unset = UNSET
    device_name: str | Unset = UNSET
    type_: IncomingSmsEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: int | str
        address = self.address

        body = self.body

        date = self.date

        date_sent = self.date_sent

        internal_id = self.internal_id

        channel_id = self.channel_id

        sim: int | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim

        sms_id = self.sms_id

        device_id = self.device_id

        device_name = self.device_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "body": body,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if internal_id is not UNSET:
            field_dict["internal_id"] = internal_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if sim is not UNSET:
            field_dict["sim"] = sim
        if sms_id is not UNSET:
            field_dict["sms_id"] = sms_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address(data: object) -> int | str:
            return cast(int | str, data)

        address = _parse_address(d.pop("address"))

        body = d.pop("body")

        date = d.pop("date", UNSET)

        date_sent = d.pop("date_sent", UNSET)

        internal_id = d.pop("internal_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: IncomingSmsEventSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = check_incoming_sms_event_sim(_sim)

        sms_id = d.pop("sms_id", UNSET)

        device_id = d.pop("device_id", UNSET)

        device_name = d.pop("device_name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: IncomingSmsEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_incoming_sms_event_type(_type_)

        incoming_sms_event = cls(
            address=address,
            body=body,
            date=date,
            date_sent=date_sent,
            internal_id=internal_id,
            channel_id=channel_id,
            sim=sim,
            sms_id=sms_id,
            device_id=device_id,
            device_name=device_name,
            type_=type_,
        )

        incoming_sms_event.additional_properties = d
        return incoming_sms_event

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
