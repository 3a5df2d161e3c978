from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_purpose import CampaignPurpose, check_campaign_purpose
from ..models.create_list_campaign_request_segmentation import (
    CreateListCampaignRequestSegmentation,
    check_create_list_campaign_request_segmentation,
)
from ..models.sms_type import SmsType, check_sms_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateListCampaignRequest")


@_attrs_define
class CreateListCampaignRequest:
    """Body of `POST /sms-campaign-on-list/create`. Exactly one of `list_name` (contacts of a list) or
    `tag_name` (contacts carrying a tag) selects the audience.

        Attributes:
            text (str): Message text, from 1 to 1224 characters. Personalisation placeholders `{param1}` … `{param5}`
                (and the contact's names) are replaced per recipient. Depending on the campaign type and purpose the
                text must contain the opt-out mention ("STOP au XXXXX" for Premium marketing SMS, error 121).
            type_ (SmsType): Campaign type (SMS product): `sms_premium` (Premium route, custom sender allowed) or
                `sms_low_cost`
                (Low Cost route). Note that the wallet endpoints of `/wallet/check-credits` name the same products
                `premium_sms` / `low_cost_sms`.
            list_name (str | Unset): Name of a contact list (at most 30 characters).
            tag_name (str | Unset): Name of a contact tag (at most 20 characters).
            sender (str | Unset): Sender name shown to the recipient (if the operator allows it): 3 to 11 alphanumeric
                characters
                (`a-zA-Z0-9`, no accents or punctuation; error 106 otherwise). The transactional-SMS page also
                allows spaces, so spaces are accepted here.
            purpose (CampaignPurpose | Unset): Purpose of the campaign: `alert` = transactional (non-commercial:
                confirmations, alerts, reminders,
                may be sent 24/7) or `wholesale` = marketing. Sending advertising with `alert` is fined under the
                vendor's terms.
            send_at (str | Unset): Date and time of a scheduled sending. The documented format is ISO 8601 with a UTC offset
                (`2018-10-03T07:42:39-07:00`); the official PHP SDK notes that `YYYY-MM-DD HH:MM:SS` without an offset
                also works and is then read in the Central European time zone.
            segmentation (CreateListCampaignRequestSegmentation | Unset): Segmentation mode of the audience (readme.io
                reference gives the values without explaining them).
            with_replies (bool | Unset): When true, the recipients' replies are collected.
            simulation_mode (bool | Unset): When true, the request is only simulated and a fake result is returned.
            auto_optimize_text (bool | Unset): When false, the text is sent as-is instead of being optimised by the Octopush
                robot.
            auto_remove_blacklisted_numbers (bool | Unset): When true, blacklisted numbers are removed from the audience.
            recipient_tracking (bool | Unset): When true, recipient tracking is enabled.
            request_id (str | Unset): Optional idempotency key. A second request with the same `request_id` within 24 hours
                is rejected
                with a validation error (code 120) instead of being sent twice.
    """

    text: str
    type_: SmsType
    list_name: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    sender: str | Unset = UNSET
    purpose: CampaignPurpose | Unset = UNSET
    send_at: str | Unset = UNSET
    segmentation: CreateListCampaignRequestSegmentation | Unset = UNSET
    with_replies: bool | Unset = UNSET
    simulation_mode: bool | Unset = UNSET
    auto_optimize_text: bool | Unset = UNSET
    auto_remove_blacklisted_numbers: bool | Unset = UNSET
    recipient_tracking: bool | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_: str = self.type_

        list_name = self.list_name

        tag_name = self.tag_name

        sender = self.sender

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose

        send_at: str | Unset
        if isinstance(self.send_at, Unset):
            send_at = UNSET
        else:
            send_at = self.send_at

        segmentation: str | Unset = UNSET
        if not isinstance(self.segmentation, Unset):
            segmentation = self.segmentation

        with_replies = self.with_replies

        simulation_mode = self.simulation_mode

        auto_optimize_text = self.auto_optimize_text

        auto_remove_blacklisted_numbers = self.auto_remove_blacklisted_numbers

        recipient_tracking = self.recipient_tracking

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name
        if sender is not UNSET:
            field_dict["sender"] = sender
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if with_replies is not UNSET:
            field_dict["with_replies"] = with_replies
        if simulation_mode is not UNSET:
            field_dict["simulation_mode"] = simulation_mode
        if auto_optimize_text is not UNSET:
            field_dict["auto_optimize_text"] = auto_optimize_text
        if auto_remove_blacklisted_numbers is not UNSET:
            field_dict["auto_remove_blacklisted_numbers"] = auto_remove_blacklisted_numbers
        if recipient_tracking is not UNSET:
            field_dict["recipient_tracking"] = recipient_tracking
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        type_ = check_sms_type(d.pop("type"))

        list_name = d.pop("list_name", UNSET)

        tag_name = d.pop("tag_name", UNSET)

        sender = d.pop("sender", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: CampaignPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = check_campaign_purpose(_purpose)

        def _parse_send_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        send_at = _parse_send_at(d.pop("send_at", UNSET))

        _segmentation = d.pop("segmentation", UNSET)
        segmentation: CreateListCampaignRequestSegmentation | Unset
        if isinstance(_segmentation, Unset):
            segmentation = UNSET
        else:
            segmentation = check_create_list_campaign_request_segmentation(_segmentation)

        with_replies = d.pop("with_replies", UNSET)

        simulation_mode = d.pop("simulation_mode", UNSET)

        auto_optimize_text = d.pop("auto_optimize_text", UNSET)

        auto_remove_blacklisted_numbers = d.pop("auto_remove_blacklisted_numbers", UNSET)

        recipient_tracking = d.pop("recipient_tracking", UNSET)

        request_id = d.pop("request_id", UNSET)

        create_list_campaign_request = cls(
            text=text,
            type_=type_,
            list_name=list_name,
            tag_name=tag_name,
            sender=sender,
            purpose=purpose,
            send_at=send_at,
            segmentation=segmentation,
            with_replies=with_replies,
            simulation_mode=simulation_mode,
            auto_optimize_text=auto_optimize_text,
            auto_remove_blacklisted_numbers=auto_remove_blacklisted_numbers,
            recipient_tracking=recipient_tracking,
            request_id=request_id,
        )

        create_list_campaign_request.additional_properties = d
        return create_list_campaign_request

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
