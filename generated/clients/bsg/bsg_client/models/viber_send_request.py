from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_message import ViberMessage


T = TypeVar("T", bound="ViberSendRequest")


@_attrs_define
class ViberSendRequest:
    """Body of `/viber/create` and `/viber/price`: one or more Viber messages, at most 50 phones in total per
    request.

        Attributes:
            messages (list[ViberMessage]): Messages to send (each has at least one phone, so at most 50 messages).
            tariff (int | str | Unset): Tariff (price grid) number, 0–9; `0` (the default) is the account's default tariff.
                The examples send it as
                a string (`"0"`), so both an integer and a one-digit string are accepted. A non-existent tariff gives
                error 6, an inactive one error 9.
            validity (int | str | Unset): Lifetime of the Viber message in **seconds**, 15–86400, default 86400 (24 h). The
                seed example sends it as
                the string `"1"` (below the documented minimum), so numeric strings are accepted unchecked. An invalid
                value gives error 48.
    """

    messages: list[ViberMessage]
    tariff: int | str | Unset = UNSET
    validity: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        tariff: int | str | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        else:
            tariff = self.tariff

        validity: int | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if tariff is not UNSET:
            field_dict["tariff"] = tariff
        if validity is not UNSET:
            field_dict["validity"] = validity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_message import ViberMessage  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ViberMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        def _parse_tariff(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        tariff = _parse_tariff(d.pop("tariff", UNSET))

        def _parse_validity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        validity = _parse_validity(d.pop("validity", UNSET))

        viber_send_request = cls(
            messages=messages,
            tariff=tariff,
            validity=validity,
        )

        viber_send_request.additional_properties = d
        return viber_send_request

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
