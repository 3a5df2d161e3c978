from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateListCampaignResponse")


@_attrs_define
class CreateListCampaignResponse:
    """Response of `POST /sms-campaign-on-list/create`. The preparation is asynchronous; poll the status with the ticket.

    Attributes:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns: `ticket_number` returned
            by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.
    """

    ticket_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_number = self.ticket_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_number": ticket_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_number = d.pop("ticket_number")

        create_list_campaign_response = cls(
            ticket_number=ticket_number,
        )

        create_list_campaign_response.additional_properties = d
        return create_list_campaign_response

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
