from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status import SmsStatus, check_sms_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_date_time import PhpDateTime


T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """One SMS (outgoing, or incoming with status `5`) as returned by `getallsms`.

    Attributes:
        id (int): SMS id (also the key of this object in `smss`).
        sendto (str): Recipient (or, for incoming SMS, sender) phone number.
        body (str): Message text.
        status (SmsStatus): SMS status code:

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
        customerid (int | None | Unset): Your customer id given when the SMS was created, or null.
        statustitle (str | Unset): Human-readable status name (`New`, `sending`, `delivered`, …; capitalisation varies).
        deviceid (int | Unset): Id of the device handling the SMS.
        urgent (bool | None | Unset): Whether the SMS was sent as urgent; null when not set.
        created (PhpDateTime | Unset): A PHP `DateTime` object as serialised by `json_encode`. `date` is the local date-
            time in `timezone`.
        senttime (None | PhpDateTime | Unset): When the phone sent the SMS, or null.
        timetosend (None | PhpDateTime | Unset): Scheduled sending time, or null.
        sim (int | Unset): SIM slot used (present in some responses only).
        paketid (int | None | Unset): Id of the newsletter ("paket") the SMS belongs to, or null.
        pakettitle (None | str | Unset): Title of that newsletter, or null.
        paketbody (None | str | Unset): Text of that newsletter, or null.
    """

    id: int
    sendto: str
    body: str
    status: SmsStatus
    customerid: int | None | Unset = UNSET
    statustitle: str | Unset = UNSET
    deviceid: int | Unset = UNSET
    urgent: bool | None | Unset = UNSET
    created: PhpDateTime | Unset = UNSET
    senttime: None | PhpDateTime | Unset = UNSET
    timetosend: None | PhpDateTime | Unset = UNSET
    sim: int | Unset = UNSET
    paketid: int | None | Unset = UNSET
    pakettitle: None | str | Unset = UNSET
    paketbody: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.php_date_time import PhpDateTime  # noqa: PLC0415

        id = self.id

        sendto = self.sendto

        body = self.body

        status: int = self.status

        customerid: int | None | Unset
        if isinstance(self.customerid, Unset):
            customerid = UNSET
        else:
            customerid = self.customerid

        statustitle = self.statustitle

        deviceid = self.deviceid

        urgent: bool | None | Unset
        if isinstance(self.urgent, Unset):
            urgent = UNSET
        else:
            urgent = self.urgent

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        senttime: dict[str, Any] | None | Unset
        if isinstance(self.senttime, Unset):
            senttime = UNSET
        elif isinstance(self.senttime, PhpDateTime):
            senttime = self.senttime.to_dict()
        else:
            senttime = self.senttime

        timetosend: dict[str, Any] | None | Unset
        if isinstance(self.timetosend, Unset):
            timetosend = UNSET
        elif isinstance(self.timetosend, PhpDateTime):
            timetosend = self.timetosend.to_dict()
        else:
            timetosend = self.timetosend

        sim = self.sim

        paketid: int | None | Unset
        if isinstance(self.paketid, Unset):
            paketid = UNSET
        else:
            paketid = self.paketid

        pakettitle: None | str | Unset
        if isinstance(self.pakettitle, Unset):
            pakettitle = UNSET
        else:
            pakettitle = self.pakettitle

        paketbody: None | str | Unset
        if isinstance(self.paketbody, Unset):
            paketbody = UNSET
        else:
            paketbody = self.paketbody

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sendto": sendto,
                "body": body,
                "status": status,
            }
        )
        if customerid is not UNSET:
            field_dict["customerid"] = customerid
        if statustitle is not UNSET:
            field_dict["statustitle"] = statustitle
        if deviceid is not UNSET:
            field_dict["deviceid"] = deviceid
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if created is not UNSET:
            field_dict["created"] = created
        if senttime is not UNSET:
            field_dict["senttime"] = senttime
        if timetosend is not UNSET:
            field_dict["timetosend"] = timetosend
        if sim is not UNSET:
            field_dict["sim"] = sim
        if paketid is not UNSET:
            field_dict["paketid"] = paketid
        if pakettitle is not UNSET:
            field_dict["pakettitle"] = pakettitle
        if paketbody is not UNSET:
            field_dict["paketbody"] = paketbody

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.php_date_time import PhpDateTime  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        sendto = d.pop("sendto")

        body = d.pop("body")

        status = check_sms_status(d.pop("status"))

        def _parse_customerid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customerid = _parse_customerid(d.pop("customerid", UNSET))

        statustitle = d.pop("statustitle", UNSET)

        deviceid = d.pop("deviceid", UNSET)

        def _parse_urgent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        urgent = _parse_urgent(d.pop("urgent", UNSET))

        _created = d.pop("created", UNSET)
        created: PhpDateTime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = PhpDateTime.from_dict(_created)

        def _parse_senttime(data: object) -> None | PhpDateTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                senttime_type_0 = PhpDateTime.from_dict(data)

                return senttime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhpDateTime | Unset, data)

        senttime = _parse_senttime(d.pop("senttime", UNSET))

        def _parse_timetosend(data: object) -> None | PhpDateTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timetosend_type_0 = PhpDateTime.from_dict(data)

                return timetosend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhpDateTime | Unset, data)

        timetosend = _parse_timetosend(d.pop("timetosend", UNSET))

        sim = d.pop("sim", UNSET)

        def _parse_paketid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        paketid = _parse_paketid(d.pop("paketid", UNSET))

        def _parse_pakettitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pakettitle = _parse_pakettitle(d.pop("pakettitle", UNSET))

        def _parse_paketbody(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paketbody = _parse_paketbody(d.pop("paketbody", UNSET))

        sms_message = cls(
            id=id,
            sendto=sendto,
            body=body,
            status=status,
            customerid=customerid,
            statustitle=statustitle,
            deviceid=deviceid,
            urgent=urgent,
            created=created,
            senttime=senttime,
            timetosend=timetosend,
            sim=sim,
            paketid=paketid,
            pakettitle=pakettitle,
            paketbody=paketbody,
        )

        sms_message.additional_properties = d
        return sms_message

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
