from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_campaign_status import ListCampaignStatus, check_list_campaign_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCampaignStatusResponse")


@_attrs_define
class ListCampaignStatusResponse:
    """Response of `GET /sms-campaign-on-list/status` (200).

    Attributes:
        status (ListCampaignStatus): Preparation status: `under_computation` (still being prepared), `ready_to_be_sent`
            (can be confirmed
            with `POST /sms-campaign-on-list/send`), `failed`. The vendor's example prints `ready_to_be_send`.
        number_of_contacts (int | Unset): Number of contacts the campaign will be sent to.
        cost (float | Unset): Cost of the campaign, in euros.
    """

    status: ListCampaignStatus
    number_of_contacts: int | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        number_of_contacts = self.number_of_contacts

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if number_of_contacts is not UNSET:
            field_dict["number_of_contacts"] = number_of_contacts
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_list_campaign_status(d.pop("status"))

        number_of_contacts = d.pop("number_of_contacts", UNSET)

        cost = d.pop("cost", UNSET)

        list_campaign_status_response = cls(
            status=status,
            number_of_contacts=number_of_contacts,
            cost=cost,
        )

        list_campaign_status_response.additional_properties = d
        return list_campaign_status_response

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
