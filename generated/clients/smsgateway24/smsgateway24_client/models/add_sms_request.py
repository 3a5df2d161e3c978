from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.binary_flag import BinaryFlag, check_binary_flag
from ..models.sim_slot import SimSlot, check_sim_slot
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSmsRequest")


@_attrs_define
class AddSmsRequest:
    """One SMS (or the same text to several comma-separated numbers) to be sent by one of your devices.

    Attributes:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g. `+4915752982212` or `+1
            17642031984`. Several numbers can be given separated by commas. In a GET request the `+` must be URL-encoded as
            `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends the message, as shown
            in your account and returned by `getalldevices` (e.g. `260`). Typed as string by the vendor (numeric in
            practice); the GitHub copy of the docs also allows a Sender ID name here.
        token (str | Unset): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (e.g.
            `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD HH:MM`, which is accepted by this
            pattern.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        customerid (int | Unset): Your own customer id; stored with the SMS and usable as a filter in `getallsms`.
        urgent (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
    """

    sendto: str
    body: str
    device_id: str
    token: str | Unset = UNSET
    timetosend: str | Unset = UNSET
    sim: SimSlot | Unset = UNSET
    customerid: int | Unset = UNSET
    urgent: BinaryFlag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sendto = self.sendto

        body = self.body

        device_id = self.device_id

        token = self.token

        timetosend = self.timetosend

        sim: int | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim

        customerid = self.customerid

        urgent: int | Unset = UNSET
        if not isinstance(self.urgent, Unset):
            urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sendto": sendto,
                "body": body,
                "device_id": device_id,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if timetosend is not UNSET:
            field_dict["timetosend"] = timetosend
        if sim is not UNSET:
            field_dict["sim"] = sim
        if customerid is not UNSET:
            field_dict["customerid"] = customerid
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sendto = d.pop("sendto")

        body = d.pop("body")

        device_id = d.pop("device_id")

        token = d.pop("token", UNSET)

        timetosend = d.pop("timetosend", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: SimSlot | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = check_sim_slot(_sim)

        customerid = d.pop("customerid", UNSET)

        _urgent = d.pop("urgent", UNSET)
        urgent: BinaryFlag | Unset
        if isinstance(_urgent, Unset):
            urgent = UNSET
        else:
            urgent = check_binary_flag(_urgent)

        add_sms_request = cls(
            sendto=sendto,
            body=body,
            device_id=device_id,
            token=token,
            timetosend=timetosend,
            sim=sim,
            customerid=customerid,
            urgent=urgent,
        )

        add_sms_request.additional_properties = d
        return add_sms_request

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
