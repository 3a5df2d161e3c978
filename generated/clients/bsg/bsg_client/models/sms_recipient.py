from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsRecipient")


@_attrs_define
class SmsRecipient:
    """One recipient of a bulk SMS (`destination` = `phones`).

    Attributes:
        msisdn (str): Recipient phone number in international format as digits without `+` or spaces, as in every vendor
            example (`380972920000`). The python SDK limits it to 15 characters (E.164). An invalid number gives
            error 21 (SMS), 41 (Viber) or 61 (HLR).
        reference (str): Client reference (external id) of one message or lookup, at most 32 characters, unique per
            account
            (a duplicate gives error 23 for SMS, 43 for Viber, 63 for HLR). The docs state the charset `[a-zA-Z0-9]`,
            but their own examples use underscores (`ext_id_19`).
    """

    msisdn: str
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        reference = d.pop("reference")

        sms_recipient = cls(
            msisdn=msisdn,
            reference=reference,
        )

        sms_recipient.additional_properties = d
        return sms_recipient

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
