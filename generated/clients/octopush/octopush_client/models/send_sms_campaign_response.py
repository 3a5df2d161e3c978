from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsCampaignResponse")


@_attrs_define
class SendSmsCampaignResponse:
    """Response of `POST /sms-campaign/send` (201). Some vendor examples omit the last two fields.

    Attributes:
        sms_ticket (str): Identifier of the campaign, e.g. `sms_5fec89fe97109`.
        number_of_contacts (int): Number of recipients the campaign is sent to.
        total_cost (float): Total cost of the campaign, in euros.
        number_of_sms_needed (int | Unset): Number of SMS parts needed per recipient (long texts are split).
        residual_credit (float | Unset): Remaining credit on the account after the campaign, in euros.
    """

    sms_ticket: str
    number_of_contacts: int
    total_cost: float
    number_of_sms_needed: int | Unset = UNSET
    residual_credit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_ticket = self.sms_ticket

        number_of_contacts = self.number_of_contacts

        total_cost = self.total_cost

        number_of_sms_needed = self.number_of_sms_needed

        residual_credit = self.residual_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_ticket": sms_ticket,
                "number_of_contacts": number_of_contacts,
                "total_cost": total_cost,
            }
        )
        if number_of_sms_needed is not UNSET:
            field_dict["number_of_sms_needed"] = number_of_sms_needed
        if residual_credit is not UNSET:
            field_dict["residual_credit"] = residual_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_ticket = d.pop("sms_ticket")

        number_of_contacts = d.pop("number_of_contacts")

        total_cost = d.pop("total_cost")

        number_of_sms_needed = d.pop("number_of_sms_needed", UNSET)

        residual_credit = d.pop("residual_credit", UNSET)

        send_sms_campaign_response = cls(
            sms_ticket=sms_ticket,
            number_of_contacts=number_of_contacts,
            total_cost=total_cost,
            number_of_sms_needed=number_of_sms_needed,
            residual_credit=residual_credit,
        )

        send_sms_campaign_response.additional_properties = d
        return send_sms_campaign_response

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
