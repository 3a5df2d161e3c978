from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_individual_recipient import SmsIndividualRecipient


T = TypeVar("T", bound="SmsSendIndividualRequest")


@_attrs_define
class SmsSendIndividualRequest:
    """Personalised SMS (`destination` = `individual`): every item of `phones` carries its own `body` and
    optionally its own `originator`. At most 50 items per request.

        Attributes:
            destination (Literal['individual']): `individual`: each recipient has its own text.
            phones (list[SmsIndividualRecipient]): Recipients with their texts, at most 50 per request.
            originator (str | Unset): Sender name shown to the recipient. Current docs: at most 14 characters; older docs: a
                phone number or at
                most 11 alphanumeric characters. The sender must be allowed for the account (error 25 invalid
                originator, 32 sender not allowed).
            validity (int | str | Unset): How long BSG keeps trying to deliver the SMS: hours, 1–72, default 72 (current
                docs). The older SMS docs
                call the unit "seconds". The examples send it as a string (`"1"`), so numeric strings are accepted too.
                An invalid value gives error 28.
            tariff (int | str | Unset): Tariff (price grid) number, 0–9; `0` (the default) is the account's default tariff.
                The examples send it as
                a string (`"0"`), so both an integer and a one-digit string are accepted. A non-existent tariff gives
                error 6, an inactive one error 9.
            send_time (datetime.datetime | Unset): Scheduled sending time, ISO 8601 (current docs). Omit to send now; an
                invalid time gives error 10.
            field_2way (bool | int | Unset): Request a 2-way SMS (replies possible), sent as `1` in the docs; a boolean is
                accepted as well.
    """

    destination: Literal["individual"]
    phones: list[SmsIndividualRecipient]
    originator: str | Unset = UNSET
    validity: int | str | Unset = UNSET
    tariff: int | str | Unset = UNSET
    send_time: datetime.datetime | Unset = UNSET
    field_2way: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        phones = []
        for phones_item_data in self.phones:
            phones_item = phones_item_data.to_dict()
            phones.append(phones_item)

        originator = self.originator

        validity: int | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        tariff: int | str | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        else:
            tariff = self.tariff

        send_time: str | Unset = UNSET
        if not isinstance(self.send_time, Unset):
            send_time = self.send_time.isoformat()

        field_2way: bool | int | Unset
        if isinstance(self.field_2way, Unset):
            field_2way = UNSET
        else:
            field_2way = self.field_2way

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "phones": phones,
            }
        )
        if originator is not UNSET:
            field_dict["originator"] = originator
        if validity is not UNSET:
            field_dict["validity"] = validity
        if tariff is not UNSET:
            field_dict["tariff"] = tariff
        if send_time is not UNSET:
            field_dict["send_time"] = send_time
        if field_2way is not UNSET:
            field_dict["2way"] = field_2way

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_individual_recipient import SmsIndividualRecipient  # noqa: PLC0415

        d = dict(src_dict)
        destination = cast(Literal["individual"], d.pop("destination"))
        if destination != "individual":
            raise ValueError(f"destination must match const 'individual', got '{destination}'")

        phones = []
        _phones = d.pop("phones")
        for phones_item_data in _phones:
            phones_item = SmsIndividualRecipient.from_dict(phones_item_data)

            phones.append(phones_item)

        originator = d.pop("originator", UNSET)

        def _parse_validity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        validity = _parse_validity(d.pop("validity", UNSET))

        def _parse_tariff(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tariff = _parse_tariff(d.pop("tariff", UNSET))

        _send_time = d.pop("send_time", UNSET)
        send_time: datetime.datetime | Unset
        if isinstance(_send_time, Unset):
            send_time = UNSET
        else:
            send_time = datetime.datetime.fromisoformat(_send_time)

        def _parse_field_2way(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        field_2way = _parse_field_2way(d.pop("2way", UNSET))

        sms_send_individual_request = cls(
            destination=destination,
            phones=phones,
            originator=originator,
            validity=validity,
            tariff=tariff,
            send_time=send_time,
            field_2way=field_2way,
        )

        sms_send_individual_request.additional_properties = d
        return sms_send_individual_request

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
