from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_sms_item import BulkSmsItem


T = TypeVar("T", bound="BulkSmsData")


@_attrs_define
class BulkSmsData:
    """The JSON document carried (as a string) in the `datajson` form field of `addalotofsms`.

    Attributes:
        token (str): API token issued by `gettoken` (usually 32 hexadecimal characters, e.g.
            `1f0e86f9fe7ee6b52724fd5fd3511225`). It does not expire on its own; request a new one with `gettoken` if it
            stops working.
        smsdata (list[BulkSmsItem]): The messages to create. No maximum is documented (one integrator splits batches at
            99 messages).
    """

    token: str
    smsdata: list[BulkSmsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        smsdata = []
        for smsdata_item_data in self.smsdata:
            smsdata_item = smsdata_item_data.to_dict()
            smsdata.append(smsdata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "smsdata": smsdata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_sms_item import BulkSmsItem  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        smsdata = []
        _smsdata = d.pop("smsdata")
        for smsdata_item_data in _smsdata:
            smsdata_item = BulkSmsItem.from_dict(smsdata_item_data)

            smsdata.append(smsdata_item)

        bulk_sms_data = cls(
            token=token,
            smsdata=smsdata,
        )

        bulk_sms_data.additional_properties = d
        return bulk_sms_data

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
