from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.viber_alt_route_status_channel import ViberAltRouteStatusChannel, check_viber_alt_route_status_channel
from ..models.viber_delivery_status import ViberDeliveryStatus, check_viber_delivery_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViberAltRouteStatus")


@_attrs_define
class ViberAltRouteStatus:
    """Status of the SMS fallback sent for a Viber message.

    Attributes:
        channel (ViberAltRouteStatusChannel | Unset): Channel of the fallback, always `sms`.
        id (int | str | Unset): An identifier created by BSG (message id, HLR id, task id). Documented and usually sent
            as a string of
            digits (`"470093225"`); the type drifts like BSG's other numbers, so an integer is accepted too.
        status (ViberDeliveryStatus | Unset): Delivery status of a Viber message (or of its SMS fallback); `read` exists
            only for Viber.
        price (float | str | Unset): A decimal amount (price, balance) that BSG sends either as a JSON number (`0.23`)
            or as a decimal string
            (`"0.023"`, `"0.0200000"`, `"-0.2800005"`).
    """

    channel: ViberAltRouteStatusChannel | Unset = UNSET
    id: int | str | Unset = UNSET
    status: ViberDeliveryStatus | Unset = UNSET
    price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: ViberAltRouteStatusChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_viber_alt_route_status_channel(_channel)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: ViberDeliveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_viber_delivery_status(_status)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        viber_alt_route_status = cls(
            channel=channel,
            id=id,
            status=status,
            price=price,
        )

        viber_alt_route_status.additional_properties = d
        return viber_alt_route_status

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
