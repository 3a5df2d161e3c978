from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListCampaignSendResponse")


@_attrs_define
class ListCampaignSendResponse:
    """Response of `POST /sms-campaign-on-list/send` (200).

    Attributes:
        sending_date (datetime.datetime): Date and time at which the campaign is (or will be) sent, ISO 8601 with
            offset.
    """

    sending_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_date = self.sending_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_date": sending_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sending_date = datetime.datetime.fromisoformat(d.pop("sending_date"))

        list_campaign_send_response = cls(
            sending_date=sending_date,
        )

        list_campaign_send_response.additional_properties = d
        return list_campaign_send_response

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
