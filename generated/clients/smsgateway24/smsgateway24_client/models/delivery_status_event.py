from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status_event_sim import DeliveryStatusEventSim, check_delivery_status_event_sim
from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryStatusEvent")


@_attrs_define
class DeliveryStatusEvent:
    """Sent by SmsGateway24 to the device's status webhook URL whenever the status of an outgoing SMS changes.

    Attributes:
        sms_id (int): SMS id (as returned by `addsms`).
        status_id (SmsStatus): SMS status code:

            * `1` — pending / new: created on the server (`statustitle` "New")
            * `2` — taken by the phone from the server, no delivery information yet ("sending")
            * `3` — queued for sending on the phone (numbered after 2 for backward compatibility; the real order is 1 → 3 →
            2)
            * `5` — incoming SMS (received by the phone)
            * `6` — sent by the phone, no delivery report yet
            * `7` — delivered (delivery report received) ("delivered")
            * `8` — not delivered (often a blocked SIM or a negative balance)
            * `9` — not sent: generic failure
            * `10` — not sent: no service
            * `11` — not sent: null PDU
            * `12` — not sent: radio off
            * `100`, `101` — not sent: not allowed (SMS permission not granted to the app)

            There is no status `4`.
        status_message (str | Unset): Status name, e.g. `delivered`.
        sendto (str | Unset): Recipient phone number.
        senttime (str | Unset): When the phone sent the SMS.
        channel_id (int | Unset): Channel / SIM slot used (see `SimSlot`).
        sim (DeliveryStatusEventSim | Unset): SIM slot used; name of `channel_id` on the older version of the webhook
            page.
        device_id (int | Unset): Id of the sending device.
    """

    sms_id: int
    status_id: SmsStatus
    status_message: str | Unset = UNSET
    sendto: str | Unset = UNSET
    senttime: str | Unset = UNSET
    channel_id: int | Unset = UNSET
    sim: DeliveryStatusEventSim | Unset = UNSET
    device_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        status_id: int = self.status_id

        status_message = self.status_message

        sendto = self.sendto

        senttime = self.senttime

        channel_id = self.channel_id

        sim: int | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "status_id": status_id,
            }
        )
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if sendto is not UNSET:
            field_dict["sendto"] = sendto
        if senttime is not UNSET:
            field_dict["senttime"] = senttime
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if sim is not UNSET:
            field_dict["sim"] = sim
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        status_id = check_sms_status(d.pop("status_id"))

        status_message = d.pop("status_message", UNSET)

        sendto = d.pop("sendto", UNSET)

        senttime = d.pop("senttime", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: DeliveryStatusEventSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = check_delivery_status_event_sim(_sim)

        device_id = d.pop("device_id", UNSET)

        delivery_status_event = cls(
            sms_id=sms_id,
            status_id=status_id,
            status_message=status_message,
            sendto=sendto,
            senttime=senttime,
            channel_id=channel_id,
            sim=sim,
            device_id=device_id,
        )

        delivery_status_event.additional_properties = d
        return delivery_status_event

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
