from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hlr_request_item_destination import HlrRequestItemDestination, check_hlr_request_item_destination
from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrRequestItem")


@_attrs_define
class HlrRequestItem:
    """One HLR (number lookup) request.

    Attributes:
        msisdn (str): Recipient phone number in international format as digits without `+` or spaces, as in every vendor
            example (`380972920000`). The python SDK limits it to 15 characters (E.164). An invalid number gives
            error 21 (SMS), 41 (Viber) or 61 (HLR).
        reference (str): Client reference (external id) of one message or lookup, at most 32 characters, unique per
            account
            (a duplicate gives error 23 for SMS, 43 for Viber, 63 for HLR). The docs state the charset `[a-zA-Z0-9]`,
            but their own examples use underscores (`ext_id_19`).
        tariff (int | str | Unset): Tariff (price grid) number, 0–9; `0` (the default) is the account's default tariff.
            The examples send it as
            a string (`"0"`), so both an integer and a one-digit string are accepted. A non-existent tariff gives
            error 6, an inactive one error 9.
        callback_url (str | Unset): URL that BSG calls when the lookup result is ready; the callback payload is not
            documented.
        destination (HlrRequestItemDestination | Unset): Sent as `phone` by the PHP SDK on single lookups; not required
            by the docs.
    """

    msisdn: str
    reference: str
    tariff: int | str | Unset = UNSET
    callback_url: str | Unset = UNSET
    destination: HlrRequestItemDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        reference = self.reference

        tariff: int | str | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        else:
            tariff = self.tariff

        callback_url = self.callback_url

        destination: str | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "reference": reference,
            }
        )
        if tariff is not UNSET:
            field_dict["tariff"] = tariff
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        reference = d.pop("reference")

        def _parse_tariff(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tariff = _parse_tariff(d.pop("tariff", UNSET))

        callback_url = d.pop("callback_url", UNSET)

        _destination = d.pop("destination", UNSET)
        destination: HlrRequestItemDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = check_hlr_request_item_destination(_destination)

        hlr_request_item = cls(
            msisdn=msisdn,
            reference=reference,
            tariff=tariff,
            callback_url=callback_url,
            destination=destination,
        )

        hlr_request_item.additional_properties = d
        return hlr_request_item

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
