from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact (or campaign recipient): a phone number plus optional names and up to five free
    personalisation fields, usable in message texts as `{param1}` … `{param5}`.

        Attributes:
            phone_number (str): Phone number in international E.164 format with a leading `+` (country code, then the
                subscriber
                number, at most 15 digits in all), e.g. `+33612345678`. Octopush requires the international format.
            first_name (None | str | Unset): First name of the contact.
            last_name (None | str | Unset): Last name of the contact.
            param1 (None | str | Unset): Free personalisation field 1 (`{param1}` in texts).
            param2 (None | str | Unset): Free personalisation field 2 (`{param2}` in texts).
            param3 (None | str | Unset): Free personalisation field 3 (`{param3}` in texts), e.g. a title such as `Mme` or
                `M`.
            param4 (None | str | Unset): Free personalisation field 4 (`{param4}` in texts).
            param5 (None | str | Unset): Free personalisation field 5 (`{param5}` in texts).
    """

    phone_number: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    param1: None | str | Unset = UNSET
    param2: None | str | Unset = UNSET
    param3: None | str | Unset = UNSET
    param4: None | str | Unset = UNSET
    param5: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        param1: None | str | Unset
        if isinstance(self.param1, Unset):
            param1 = UNSET
        else:
            param1 = self.param1

        param2: None | str | Unset
        if isinstance(self.param2, Unset):
            param2 = UNSET
        else:
            param2 = self.param2

        param3: None | str | Unset
        if isinstance(self.param3, Unset):
            param3 = UNSET
        else:
            param3 = self.param3

        param4: None | str | Unset
        if isinstance(self.param4, Unset):
            param4 = UNSET
        else:
            param4 = self.param4

        param5: None | str | Unset
        if isinstance(self.param5, Unset):
            param5 = UNSET
        else:
            param5 = self.param5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if param1 is not UNSET:
            field_dict["param1"] = param1
        if param2 is not UNSET:
            field_dict["param2"] = param2
        if param3 is not UNSET:
            field_dict["param3"] = param3
        if param4 is not UNSET:
            field_dict["param4"] = param4
        if param5 is not UNSET:
            field_dict["param5"] = param5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_param1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param1 = _parse_param1(d.pop("param1", UNSET))

        def _parse_param2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param2 = _parse_param2(d.pop("param2", UNSET))

        def _parse_param3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param3 = _parse_param3(d.pop("param3", UNSET))

        def _parse_param4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param4 = _parse_param4(d.pop("param4", UNSET))

        def _parse_param5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param5 = _parse_param5(d.pop("param5", UNSET))

        contact = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            param1=param1,
            param2=param2,
            param3=param3,
            param4=param4,
            param5=param5,
        )

        contact.additional_properties = d
        return contact

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
