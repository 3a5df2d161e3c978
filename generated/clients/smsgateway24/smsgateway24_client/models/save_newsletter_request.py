from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_slot import SimSlot, check_sim_slot
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveNewsletterRequest")


@_attrs_define
class SaveNewsletterRequest:
    """A newsletter ("paket"): one text sent by one device to every contact carrying one of the given tags.

    Attributes:
        title (str): Newsletter title.
        device_id (str): Id of the Android device (phone running the SmsGateway24 app) that sends the message, as shown
            in your account and returned by `getalldevices` (e.g. `260`). Typed as string by the vendor (numeric in
            practice); the GitHub copy of the docs also allows a Sender ID name here.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        tags (str): Tag id(s), comma-separated, e.g. `12,13,14`.
        token (str | Unset): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        sim (SimSlot | Unset): Channel / SIM slot of the device:

            * `0` — SMS via SIM slot 0 (default)
            * `1` — SMS via SIM slot 1
            * `2` — WhatsApp Business (2026 docs only)
            * `3` — WhatsApp personal (2026 docs only)
            * `4`, `5` — RCS (2026 docs only)

            The 2024 documentation allows only `0` and `1`.
        time_to_send (str | Unset): When the newsletter should be sent, `DD.MM.YYYY H:i:s` (e.g. `25.12.2024 9:30:00`).
            Note the underscores, unlike `timetosend` of `addsms`. The newsletter must still be started on the device ("tap
            start").
    """

    title: str
    device_id: str
    body: str
    tags: str
    token: str | Unset = UNSET
    sim: SimSlot | Unset = UNSET
    time_to_send: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        device_id = self.device_id

        body = self.body

        tags = self.tags

        token = self.token

        sim: int | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim

        time_to_send = self.time_to_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "device_id": device_id,
                "body": body,
                "tags": tags,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if sim is not UNSET:
            field_dict["sim"] = sim
        if time_to_send is not UNSET:
            field_dict["time_to_send"] = time_to_send

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        device_id = d.pop("device_id")

        body = d.pop("body")

        tags = d.pop("tags")

        token = d.pop("token", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: SimSlot | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = check_sim_slot(_sim)

        time_to_send = d.pop("time_to_send", UNSET)

        save_newsletter_request = cls(
            title=title,
            device_id=device_id,
            body=body,
            tags=tags,
            token=token,
            sim=sim,
            time_to_send=time_to_send,
        )

        save_newsletter_request.additional_properties = d
        return save_newsletter_request

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
