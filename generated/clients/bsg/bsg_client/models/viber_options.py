from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_alt_route import ViberAltRoute


T = TypeVar("T", bound="ViberOptions")


@_attrs_define
class ViberOptions:
    """Viber-specific content of a message (image, button) and its SMS fallback.

    Attributes:
        img (str | Unset): URL of an image shown in the message.
        caption (str | Unset): Label of the button (e.g. `See Details`).
        action (str | Unset): URL opened by the button.
        alt_route (ViberAltRoute | Unset): SMS fallback: when the Viber message cannot be delivered (e.g. the recipient
            has no Viber), BSG sends this
            SMS instead. Note (seed): the SMS part is given here, inside `options.viber`.
    """

    img: str | Unset = UNSET
    caption: str | Unset = UNSET
    action: str | Unset = UNSET
    alt_route: ViberAltRoute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        img = self.img

        caption = self.caption

        action = self.action

        alt_route: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alt_route, Unset):
            alt_route = self.alt_route.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if img is not UNSET:
            field_dict["img"] = img
        if caption is not UNSET:
            field_dict["caption"] = caption
        if action is not UNSET:
            field_dict["action"] = action
        if alt_route is not UNSET:
            field_dict["alt_route"] = alt_route

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_alt_route import ViberAltRoute  # noqa: PLC0415

        d = dict(src_dict)
        img = d.pop("img", UNSET)

        caption = d.pop("caption", UNSET)

        action = d.pop("action", UNSET)

        _alt_route = d.pop("alt_route", UNSET)
        alt_route: ViberAltRoute | Unset
        if isinstance(_alt_route, Unset):
            alt_route = UNSET
        else:
            alt_route = ViberAltRoute.from_dict(_alt_route)

        viber_options = cls(
            img=img,
            caption=caption,
            action=action,
            alt_route=alt_route,
        )

        viber_options.additional_properties = d
        return viber_options

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
