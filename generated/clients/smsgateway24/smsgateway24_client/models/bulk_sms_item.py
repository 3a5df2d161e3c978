from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSmsItem")


@_attrs_define
class BulkSmsItem:
    """One message inside `datajson.smsdata`. Same fields as `addsms`; numbers may be JSON numbers or numeric strings.

    Attributes:
        sendto (str): Recipient phone number(s). Any characters are allowed (spaces, `+`), e.g. `+4915752982212` or `+1
            17642031984`. Several numbers can be given separated by commas. In a GET request the `+` must be URL-encoded as
            `%2B`.
        body (str): Message text. Long messages are allowed (the phone splits them into parts).
        device_id (int | str): Device id, as a JSON number (`260`) or a string (`"260"`).
        sim (int | str | Unset): An integer that the vendor (or its example code) sends either as a JSON number or as a
            numeric string (`260` or `"260"`).
        timetosend (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (e.g.
            `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD HH:MM`, which is accepted by this
            pattern.
        customerid (int | str | Unset): An integer that the vendor (or its example code) sends either as a JSON number
            or as a numeric string (`260` or `"260"`).
        urgent (int | str | Unset): An integer that the vendor (or its example code) sends either as a JSON number or as
            a numeric string (`260` or `"260"`).
    """

    sendto: str
    body: str
    device_id: int | str
    sim: int | str | Unset = UNSET
    timetosend: str | Unset = UNSET
    customerid: int | str | Unset = UNSET
    urgent: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sendto = self.sendto

        body = self.body

        device_id: int | str
        device_id = self.device_id

        sim: int | str | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        else:
            sim = self.sim

        timetosend = self.timetosend

        customerid: int | str | Unset
        if isinstance(self.customerid, Unset):
            customerid = UNSET
        else:
            customerid = self.customerid

        urgent: int | str | Unset
        if isinstance(self.urgent, Unset):
            urgent = UNSET
        else:
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
        if sim is not UNSET:
            field_dict["sim"] = sim
        if timetosend is not UNSET:
            field_dict["timetosend"] = timetosend
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

        def _parse_device_id(data: object) -> int | str:
            return cast(int | str, data)

        device_id = _parse_device_id(d.pop("device_id"))

        def _parse_sim(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        timetosend = d.pop("timetosend", UNSET)

        def _parse_customerid(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        customerid = _parse_customerid(d.pop("customerid", UNSET))

        def _parse_urgent(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        urgent = _parse_urgent(d.pop("urgent", UNSET))

        bulk_sms_item = cls(
            sendto=sendto,
            body=body,
            device_id=device_id,
            sim=sim,
            timetosend=timetosend,
            customerid=customerid,
            urgent=urgent,
        )

        bulk_sms_item.additional_properties = d
        return bulk_sms_item

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
