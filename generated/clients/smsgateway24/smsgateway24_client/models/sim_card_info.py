from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_card_info_roaming import SimCardInfoRoaming, check_sim_card_info_roaming
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimCardInfo")


@_attrs_define
class SimCardInfo:
    """A SIM card in the device. Note the capitalised keys; all values are strings, even numeric ones.

    Attributes:
        slot (str | Unset): SIM slot number as a string (`"0"`, `"1"`).
        icc_id (str | Unset): SIM card serial number (ICCID).
        number (str | Unset): Phone number of the SIM as reported by the phone (may be empty or carry a leading space).
        roaming (SimCardInfoRoaming | Unset): `"1"` when the SIM is roaming.
        country_iso (str | Unset): ISO 3166-1 alpha-2 country code of the SIM, lower case (`de`).
        carrier_name (str | Unset): Mobile operator name.
    """

    slot: str | Unset = UNSET
    icc_id: str | Unset = UNSET
    number: str | Unset = UNSET
    roaming: SimCardInfoRoaming | Unset = UNSET
    country_iso: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slot = self.slot

        icc_id = self.icc_id

        number = self.number

        roaming: str | Unset = UNSET
        if not isinstance(self.roaming, Unset):
            roaming = self.roaming

        country_iso = self.country_iso

        carrier_name = self.carrier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slot is not UNSET:
            field_dict["Slot"] = slot
        if icc_id is not UNSET:
            field_dict["IccId"] = icc_id
        if number is not UNSET:
            field_dict["Number"] = number
        if roaming is not UNSET:
            field_dict["Roaming"] = roaming
        if country_iso is not UNSET:
            field_dict["CountryIso"] = country_iso
        if carrier_name is not UNSET:
            field_dict["CarrierName"] = carrier_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slot = d.pop("Slot", UNSET)

        icc_id = d.pop("IccId", UNSET)

        number = d.pop("Number", UNSET)

        _roaming = d.pop("Roaming", UNSET)
        roaming: SimCardInfoRoaming | Unset
        if isinstance(_roaming, Unset):
            roaming = UNSET
        else:
            roaming = check_sim_card_info_roaming(_roaming)

        country_iso = d.pop("CountryIso", UNSET)

        carrier_name = d.pop("CarrierName", UNSET)

        sim_card_info = cls(
            slot=slot,
            icc_id=icc_id,
            number=number,
            roaming=roaming,
            country_iso=country_iso,
            carrier_name=carrier_name,
        )

        sim_card_info.additional_properties = d
        return sim_card_info

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
