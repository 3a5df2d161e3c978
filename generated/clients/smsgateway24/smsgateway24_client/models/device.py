from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_date_time import PhpDateTime
    from ..models.sim_card_info import SimCardInfo


T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """An Android phone connected to the account.

    Attributes:
        id (int): Device id (also the key of this object in `device`); used as `device_id` when sending.
        title (str): Device name.
        number (None | str | Unset): Phone number entered for the device, or null.
        imei (str | Unset): IMEI of the phone; may be the literal string `"null"`.
        created (PhpDateTime | Unset): A PHP `DateTime` object as serialised by `json_encode`. `date` is the local date-
            time in `timezone`.
        createdhumanformat (str | Unset): `created` formatted as `DD.MM.YYYY HH:MM:SS`.
        lastseen (PhpDateTime | Unset): A PHP `DateTime` object as serialised by `json_encode`. `date` is the local
            date-time in `timezone`.
        lastseenhumanformat (str | Unset): `lastseen` formatted as `DD.MM.YYYY HH:MM:SS`.
        serialnumber (str | Unset): Serial number of the phone (may be `unknown`).
        siminfo (list[SimCardInfo] | Unset): SIM cards of the device.
        appversion (str | Unset): Version of the SmsGateway24 app on the device.
        isappversionactual (bool | Unset): Whether the app version is the current one.
        delaybetweeneachsms (int | None | Unset): Configured delay between two SMS, in seconds, or null.
        delaybetweenrequest (int | Unset): Configured polling interval of the app, in seconds.
        subscription (bool | Unset): Whether the device has an active paid subscription.
    """

    id: int
    title: str
    number: None | str | Unset = UNSET
    imei: str | Unset = UNSET
    created: PhpDateTime | Unset = UNSET
    createdhumanformat: str | Unset = UNSET
    lastseen: PhpDateTime | Unset = UNSET
    lastseenhumanformat: str | Unset = UNSET
    serialnumber: str | Unset = UNSET
    siminfo: list[SimCardInfo] | Unset = UNSET
    appversion: str | Unset = UNSET
    isappversionactual: bool | Unset = UNSET
    delaybetweeneachsms: int | None | Unset = UNSET
    delaybetweenrequest: int | Unset = UNSET
    subscription: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        imei = self.imei

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        createdhumanformat = self.createdhumanformat

        lastseen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lastseen, Unset):
            lastseen = self.lastseen.to_dict()

        lastseenhumanformat = self.lastseenhumanformat

        serialnumber = self.serialnumber

        siminfo: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.siminfo, Unset):
            siminfo = []
            for siminfo_item_data in self.siminfo:
                siminfo_item = siminfo_item_data.to_dict()
                siminfo.append(siminfo_item)

        appversion = self.appversion

        isappversionactual = self.isappversionactual

        delaybetweeneachsms: int | None | Unset
        if isinstance(self.delaybetweeneachsms, Unset):
            delaybetweeneachsms = UNSET
        else:
            delaybetweeneachsms = self.delaybetweeneachsms

        delaybetweenrequest = self.delaybetweenrequest

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if imei is not UNSET:
            field_dict["imei"] = imei
        if created is not UNSET:
            field_dict["created"] = created
        if createdhumanformat is not UNSET:
            field_dict["createdhumanformat"] = createdhumanformat
        if lastseen is not UNSET:
            field_dict["lastseen"] = lastseen
        if lastseenhumanformat is not UNSET:
            field_dict["lastseenhumanformat"] = lastseenhumanformat
        if serialnumber is not UNSET:
            field_dict["serialnumber"] = serialnumber
        if siminfo is not UNSET:
            field_dict["siminfo"] = siminfo
        if appversion is not UNSET:
            field_dict["appversion"] = appversion
        if isappversionactual is not UNSET:
            field_dict["isappversionactual"] = isappversionactual
        if delaybetweeneachsms is not UNSET:
            field_dict["delaybetweeneachsms"] = delaybetweeneachsms
        if delaybetweenrequest is not UNSET:
            field_dict["delaybetweenrequest"] = delaybetweenrequest
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.php_date_time import PhpDateTime  # noqa: PLC0415
        from ..models.sim_card_info import SimCardInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        imei = d.pop("imei", UNSET)

        _created = d.pop("created", UNSET)
        created: PhpDateTime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = PhpDateTime.from_dict(_created)

        createdhumanformat = d.pop("createdhumanformat", UNSET)

        _lastseen = d.pop("lastseen", UNSET)
        lastseen: PhpDateTime | Unset
        if isinstance(_lastseen, Unset):
            lastseen = UNSET
        else:
            lastseen = PhpDateTime.from_dict(_lastseen)

        lastseenhumanformat = d.pop("lastseenhumanformat", UNSET)

        serialnumber = d.pop("serialnumber", UNSET)

        _siminfo = d.pop("siminfo", UNSET)
        siminfo: list[SimCardInfo] | Unset = UNSET
        if _siminfo is not UNSET:
            siminfo = []
            for siminfo_item_data in _siminfo:
                siminfo_item = SimCardInfo.from_dict(siminfo_item_data)

                siminfo.append(siminfo_item)

        appversion = d.pop("appversion", UNSET)

        isappversionactual = d.pop("isappversionactual", UNSET)

        def _parse_delaybetweeneachsms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delaybetweeneachsms = _parse_delaybetweeneachsms(d.pop("delaybetweeneachsms", UNSET))

        delaybetweenrequest = d.pop("delaybetweenrequest", UNSET)

        subscription = d.pop("subscription", UNSET)

        device = cls(
            id=id,
            title=title,
            number=number,
            imei=imei,
            created=created,
            createdhumanformat=createdhumanformat,
            lastseen=lastseen,
            lastseenhumanformat=lastseenhumanformat,
            serialnumber=serialnumber,
            siminfo=siminfo,
            appversion=appversion,
            isappversionactual=isappversionactual,
            delaybetweeneachsms=delaybetweeneachsms,
            delaybetweenrequest=delaybetweenrequest,
            subscription=subscription,
        )

        device.additional_properties = d
        return device

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
