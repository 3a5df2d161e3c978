from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_options import ViberOptions


T = TypeVar("T", bound="ViberMessageOptions")


@_attrs_define
class ViberMessageOptions:
    """Channel options of a Viber message; only the `viber` key is documented.

    Attributes:
        viber (ViberOptions | Unset): Viber-specific content of a message (image, button) and its SMS fallback.
    """

    viber: ViberOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        viber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viber, Unset):
            viber = self.viber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if viber is not UNSET:
            field_dict["viber"] = viber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_options import ViberOptions  # noqa: PLC0415

        d = dict(src_dict)
        _viber = d.pop("viber", UNSET)
        viber: ViberOptions | Unset
        if isinstance(_viber, Unset):
            viber = UNSET
        else:
            viber = ViberOptions.from_dict(_viber)

        viber_message_options = cls(
            viber=viber,
        )

        viber_message_options.additional_properties = d
        return viber_message_options

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
