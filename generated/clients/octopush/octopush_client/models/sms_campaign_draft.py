from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignDraft")


@_attrs_define
class SmsCampaignDraft:
    """Response of `GET /sms-campaign/draft` (200): the campaign draft of the account.

    Attributes:
        ticket_number (str): Identifier of a campaign returned by Octopush (for list campaigns: `ticket_number` returned
            by
            `POST /sms-campaign-on-list/create`), e.g. `sms_624b06226b091819434905`.
        status (str): Status of the draft (the only documented value is `validated`).
        number_of_contacts (int | Unset): Number of recipients of the draft campaign.
        number_of_sms_needed (int | Unset): Number of SMS parts needed per recipient.
        residual_credit (float | Unset): Remaining credit on the account, in euros.
        total_cost (float | Unset): Total cost of the campaign, in euros.
        message (str | Unset): Message about the draft (empty when there is nothing to report).
        code (int | Unset): Return code (`0` = OK).
    """

    ticket_number: str
    status: str
    number_of_contacts: int | Unset = UNSET
    number_of_sms_needed: int | Unset = UNSET
    residual_credit: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_number = self.ticket_number

        status = self.status

        number_of_contacts = self.number_of_contacts

        number_of_sms_needed = self.number_of_sms_needed

        residual_credit = self.residual_credit

        total_cost = self.total_cost

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_number": ticket_number,
                "status": status,
            }
        )
        if number_of_contacts is not UNSET:
            field_dict["number_of_contacts"] = number_of_contacts
        if number_of_sms_needed is not UNSET:
            field_dict["number_of_sms_needed"] = number_of_sms_needed
        if residual_credit is not UNSET:
            field_dict["residual_credit"] = residual_credit
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_number = d.pop("ticket_number")

        status = d.pop("status")

        number_of_contacts = d.pop("number_of_contacts", UNSET)

        number_of_sms_needed = d.pop("number_of_sms_needed", UNSET)

        residual_credit = d.pop("residual_credit", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        sms_campaign_draft = cls(
            ticket_number=ticket_number,
            status=status,
            number_of_contacts=number_of_contacts,
            number_of_sms_needed=number_of_sms_needed,
            residual_credit=residual_credit,
            total_cost=total_cost,
            message=message,
            code=code,
        )

        sms_campaign_draft.additional_properties = d
        return sms_campaign_draft

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
