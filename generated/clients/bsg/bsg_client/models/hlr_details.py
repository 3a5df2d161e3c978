from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrDetails")


@_attrs_define
class HlrDetails:
    """Network details of a looked-up number; filled only when the lookup `status` is `active`.

    Attributes:
        imsi (str | Unset): IMSI of the subscriber.
        location_msc (str | Unset): MSC the subscriber is registered at.
        ported (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
            or `"3"`).
        roaming (int | str | Unset): An integer that BSG sends either as a JSON integer or as a numeric string (e.g. `3`
            or `"3"`).
    """

    imsi: str | Unset = UNSET
    location_msc: str | Unset = UNSET
    ported: int | str | Unset = UNSET
    roaming: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imsi = self.imsi

        location_msc = self.location_msc

        ported: int | str | Unset
        if isinstance(self.ported, Unset):
            ported = UNSET
        else:
            ported = self.ported

        roaming: int | str | Unset
        if isinstance(self.roaming, Unset):
            roaming = UNSET
        else:
            roaming = self.roaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if location_msc is not UNSET:
            field_dict["location_msc"] = location_msc
        if ported is not UNSET:
            field_dict["ported"] = ported
        if roaming is not UNSET:
            field_dict["roaming"] = roaming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imsi = d.pop("imsi", UNSET)

        location_msc = d.pop("location_msc", UNSET)

        def _parse_ported(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ported = _parse_ported(d.pop("ported", UNSET))

        def _parse_roaming(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        roaming = _parse_roaming(d.pop("roaming", UNSET))

        hlr_details = cls(
            imsi=imsi,
            location_msc=location_msc,
            ported=ported,
            roaming=roaming,
        )

        hlr_details.additional_properties = d
        return hlr_details

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
