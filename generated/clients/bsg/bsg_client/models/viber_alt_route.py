from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ViberAltRoute")


@_attrs_define
class ViberAltRoute:
    """SMS fallback: when the Viber message cannot be delivered (e.g. the recipient has no Viber), BSG sends this
    SMS instead. Note (seed): the SMS part is given here, inside `options.viber`.

        Attributes:
            originator (str): Sender name shown to the recipient. Current docs: at most 14 characters; older docs: a phone
                number or at
                most 11 alphanumeric characters. The sender must be allowed for the account (error 25 invalid
                originator, 32 sender not allowed).
            text (str): Text of the fallback SMS.
    """

    originator: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        originator = self.originator

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originator": originator,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        originator = d.pop("originator")

        text = d.pop("text")

        viber_alt_route = cls(
            originator=originator,
            text=text,
        )

        viber_alt_route.additional_properties = d
        return viber_alt_route

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
