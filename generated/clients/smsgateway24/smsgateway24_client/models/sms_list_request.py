from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.binary_flag import BinaryFlag, check_binary_flag
from ..models.sim_slot import SimSlot, check_sim_slot
from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsListRequest")


@_attrs_define
class SmsListRequest:
    """Filters for `getallsms`. The vendor text says "all input variables are mandatory", contradicting its own
    "[optional]" marks; only the token is required in practice.

        Attributes:
            token (str | Unset): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
                `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
                stops working.
            device_id (str | Unset): Id of the Android device (phone running the SmsGateway24 app) that sends the message,
                as shown in your account and returned by `getalldevices` (e.g. `260`). Typed as string by the vendor (numeric in
                practice); the GitHub copy of the docs also allows a Sender ID name here.
            status (SmsStatus | Unset): SMS status code:

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
            begindate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (e.g.
                `2024-11-13 06:39:21`). The vendor's example code also uses `YYYY-MM-DD HH:MM`, which is accepted by this
                pattern.
            enddate (str | Unset): Local date or date-time in the form `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (e.g.
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
            onlycount (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
            phone (str | Unset): Only messages to/from this phone number (the vendor table's "0 | 1" in this row is a
                documentation error).
            orderbydesc (BinaryFlag | Unset): Boolean sent as an integer, `0` (no) or `1` (yes).
            timezone (str | Unset): Your local time zone as a tz-database name, e.g. `Australia/Sydney`; dates in the
                response are given in it.
    """

    token: str | Unset = UNSET
    device_id: str | Unset = UNSET
    status: SmsStatus | Unset = UNSET
    begindate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    sim: SimSlot | Unset = UNSET
    customerid: int | Unset = UNSET
    onlycount: BinaryFlag | Unset = UNSET
    phone: str | Unset = UNSET
    orderbydesc: BinaryFlag | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        device_id = self.device_id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        begindate = self.begindate

        enddate = self.enddate

        sim: int | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim

        customerid = self.customerid

        onlycount: int | Unset = UNSET
        if not isinstance(self.onlycount, Unset):
            onlycount = self.onlycount

        phone = self.phone

        orderbydesc: int | Unset = UNSET
        if not isinstance(self.orderbydesc, Unset):
            orderbydesc = self.orderbydesc

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if status is not UNSET:
            field_dict["status"] = status
        if begindate is not UNSET:
            field_dict["begindate"] = begindate
        if enddate is not UNSET:
            field_dict["enddate"] = enddate
        if sim is not UNSET:
            field_dict["sim"] = sim
        if customerid is not UNSET:
            field_dict["customerid"] = customerid
        if onlycount is not UNSET:
            field_dict["onlycount"] = onlycount
        if phone is not UNSET:
            field_dict["phone"] = phone
        if orderbydesc is not UNSET:
            field_dict["orderbydesc"] = orderbydesc
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        device_id = d.pop("device_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SmsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_sms_status(_status)

        begindate = d.pop("begindate", UNSET)

        enddate = d.pop("enddate", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: SimSlot | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = check_sim_slot(_sim)

        customerid = d.pop("customerid", UNSET)

        _onlycount = d.pop("onlycount", UNSET)
        onlycount: BinaryFlag | Unset
        if isinstance(_onlycount, Unset):
            onlycount = UNSET
        else:
            onlycount = check_binary_flag(_onlycount)

        phone = d.pop("phone", UNSET)

        _orderbydesc = d.pop("orderbydesc", UNSET)
        orderbydesc: BinaryFlag | Unset
        if isinstance(_orderbydesc, Unset):
            orderbydesc = UNSET
        else:
            orderbydesc = check_binary_flag(_orderbydesc)

        timezone = d.pop("timezone", UNSET)

        sms_list_request = cls(
            token=token,
            device_id=device_id,
            status=status,
            begindate=begindate,
            enddate=enddate,
            sim=sim,
            customerid=customerid,
            onlycount=onlycount,
            phone=phone,
            orderbydesc=orderbydesc,
            timezone=timezone,
        )

        sms_list_request.additional_properties = d
        return sms_list_request

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
